/**
 * Rich display in the Deno Jupyter kernel. The kernel shows a cell's last value through the
 * object's `Symbol.for("Jupyter.display")` method, which returns a MIME bundle; these helpers
 * build such objects, so cells show tables, Markdown and SVG without `Deno.jupyter` (which exists
 * only inside the kernel, so a cell using it could not run under the notebook test).
 *
 * @module
 */

import * as aq from "arquero";

/** A MIME bundle: MIME type -> content. */
export type MimeBundle = Record<string, string>;

/** Something the kernel displays through its MIME bundle. */
export class Display {
  readonly #bundle: MimeBundle;

  constructor(bundle: MimeBundle) {
    this.#bundle = bundle;
  }

  /** The bundle as the kernel asks for it. */
  [Symbol.for("Jupyter.display")](): MimeBundle {
    return this.#bundle;
  }

  /** The bundle, for code that is not the kernel (tests, other cells). */
  get bundle(): MimeBundle {
    return { ...this.#bundle };
  }
}

/** Markdown text, rendered. */
export function markdown(text: string): Display {
  return new Display({ "text/markdown": text, "text/plain": text });
}

/** An SVG image, drawn inline. */
export function svg(text: string): Display {
  return new Display({ "image/svg+xml": text, "text/plain": "[SVG image]" });
}

/** Options of {@linkcode table}. */
export interface TableOptions {
  /** Most rows shown (all by default). */
  limit?: number;
  /** Most fractional digits of numbers (Arquero's default is 6). */
  maxdigits?: number;
}

/** An Arquero table, or plain row objects, as a Markdown table (noting rows a limit leaves out). */
export function table(
  data: ReturnType<typeof aq.table> | readonly object[],
  options: TableOptions = {},
): Display {
  const t = Array.isArray(data) ? aq.from(data) : data as ReturnType<typeof aq.table>;
  const limit = options.limit ?? Infinity;
  const shown = Math.min(limit, t.numRows());
  const note = shown < t.numRows() ? `\n\n(${shown} of ${t.numRows()} rows)` : "";
  // Arquero writes nothing at all for a table without rows: say so, with its columns.
  const text = t.numRows() === 0
    ? `(no rows; columns ${t.columnNames().join(", ")})`
    : t.toMarkdown({ limit, maxdigits: options.maxdigits }).trimEnd() + note;
  return new Display({ "text/markdown": text, "text/plain": text });
}
