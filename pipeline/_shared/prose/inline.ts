/**
 * Text with numbers that remember where they came from. Every number the figures' captions, the
 * tables and the Results print is a {@linkcode NumberRef}: its printed text, the id of the value in
 * `stats.json` (or `plan:<option>` for a choice of the analysis plan) and the format that turned
 * one into the other. Rendered as Markdown it is plain text; rendered as HTML each number can link
 * to its origin; and the index of every printed number lets a test re-derive each text from its id.
 *
 * @module
 */

/** A printed number and its origin. */
export interface NumberRef {
  /** A dotted id into stats.json, or `plan:<option>` for a value of the analysis plan. */
  id: string;
  /** How the value was printed (`FORMATS` in `formats.ts`). */
  format: string;
  text: string;
}

/** A piece of text: words, or a number with its origin. */
export type Inline = string | NumberRef;

/** A run of text. */
export type Prose = Inline[];

/** Whether `value` is a number with its origin. */
export function isNumberRef(value: unknown): value is NumberRef {
  return typeof value === "object" && value !== null && "id" in value && "text" in value &&
    "format" in value;
}

/**
 * Builds prose from a template: `` prose`median ${ref} months` ``. A value may be text, a number
 * ref, or prose (spliced in); adjacent text is merged so the result is compact and comparable.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { plainText, prose } from "./inline.ts";
 * const n = { id: "os.events", format: "integer", text: "44" };
 * assert.equal(plainText(prose`${n} deaths`), "44 deaths");
 * ```
 */
export function prose(strings: TemplateStringsArray, ...values: (Inline | Prose)[]): Prose {
  const parts: Inline[] = [];
  strings.forEach((text, i) => {
    parts.push(text);
    if (i < values.length) {
      const value = values[i]!;
      if (Array.isArray(value)) parts.push(...value);
      else parts.push(value);
    }
  });
  return compact(parts);
}

/** `items` joined by `separator`, as one run of prose. */
export function joinProse(items: readonly Prose[], separator: string): Prose {
  return compact(items.flatMap((item, i) => i === 0 ? item : [separator, ...item]));
}

/** Merges adjacent text and drops empty text. */
export function compact(parts: readonly Inline[]): Prose {
  const out: Inline[] = [];
  for (const part of parts) {
    if (typeof part === "string") {
      if (part === "") continue;
      const last = out.at(-1);
      if (typeof last === "string") out[out.length - 1] = last + part;
      else out.push(part);
    } else out.push(part);
  }
  return out;
}

/** The text of `p`, numbers as printed. */
export function plainText(p: Prose): string {
  return p.map((part) => typeof part === "string" ? part : part.text).join("");
}

/** Every number of `p`. */
export function numbersOf(p: Prose): NumberRef[] {
  return p.filter(isNumberRef);
}
