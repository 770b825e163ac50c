/**
 * One raw value to the typed value of its source field, as the file's spec says: missing-value
 * markers, the field's code list, the decimal mark, the date format. A value that cannot be used
 * comes back as a failure with the rule it breaks, what was expected and what to fix; the caller
 * adds where it is.
 *
 * @module
 */

import { EXCEL_SERIAL_RANGE, parseDate } from "./parse_date.ts";
import type { Cell } from "../readers/raw_table.ts";
import type { FieldSpec } from "./source_fields.ts";
import type { FileSpec } from "../site_specs/types.ts";

/** A typed value: text, code or ISO date as a string, a number, or missing. */
export type Value = string | number | null;

/** Why a value cannot be used. */
export interface Failure {
  rule: string;
  expected: string;
  fix: string;
}

/** The options of the file the value comes from, and the field's code list if any. */
export interface ValueContext {
  file: Pick<FileSpec, "missing" | "decimalMark" | "dateFormat">;
  codes?: Readonly<Record<string, string | null>>;
  /** A workbook's date system for serial dates (default 1900). */
  dateSystem?: 1900 | 1904;
}

/** `cell` (undefined: the row lacks the column) as a value of `field`, or why it is unusable. */
export function parseValue(
  cell: Cell | undefined,
  field: FieldSpec,
  context: ValueContext,
): { value: Value } | { failure: Failure } {
  const text = cell === undefined ? "" : typeof cell === "number" ? String(cell) : cell.trim();
  if (text === "" || context.file.missing.includes(text)) return { value: null };
  switch (field.type) {
    case "text":
      return { value: text };
    case "code":
      return parseCode(text, field, context.codes);
    case "date": {
      const system = context.dateSystem ?? 1900;
      const iso = parseDate(
        typeof cell === "number" ? cell : text,
        context.file.dateFormat,
        system,
      );
      if (iso === "out-of-range") {
        const [first, last] = EXCEL_SERIAL_RANGE[system];
        return fail(
          "excel-serial-out-of-range",
          `an Excel serial day number from ${first} to ${last} (the ${system} date system ` +
            "ends on 9999-12-31)",
          "correct the date in the workbook: the cell holds a number that is no date",
        );
      }
      if (iso !== undefined) return { value: iso };
      if (
        context.file.dateFormat === "excel-serial" && system === 1900 &&
        Math.floor(Number(text)) === 60
      ) {
        return fail(
          "unparseable-date",
          "a real day, but Excel serial 60 is 29 February 1900, which never existed (a leap-year " +
            "error Excel keeps from Lotus 1-2-3)",
          "correct the date in the workbook",
        );
      }
      return fail(
        "unparseable-date",
        `a date as ${context.file.dateFormat}`,
        "correct the date in the export (or the spec's dateFormat, if the whole file uses another)",
      );
    }
    case "integer": {
      const n = typeof cell === "number" ? cell : /^\d+$/.test(text) ? Number(text) : NaN;
      if (Number.isInteger(n) && n >= 1) return { value: n };
      return fail("invalid-integer", "a whole number >= 1", "correct the number in the export");
    }
    case "number": {
      const mark = context.file.decimalMark === "," ? "," : "\\.";
      const n = typeof cell === "number"
        ? cell
        : new RegExp(`^\\d+(${mark}\\d+)?$`).test(text)
        ? Number(text.replace(",", "."))
        : NaN;
      if (Number.isFinite(n) && n >= 0) return { value: n };
      return fail(
        "invalid-number",
        `a number >= 0 written with the decimal mark "${context.file.decimalMark}"`,
        "correct the number in the export (or the spec's decimalMark, if the whole file uses another)",
      );
    }
  }
}

function parseCode(
  text: string,
  field: FieldSpec,
  codes: Readonly<Record<string, string | null>> | undefined,
): { value: Value } | { failure: Failure } {
  const allowed = codes === undefined ? (field.values ?? []) : Object.keys(codes);
  if (codes !== undefined && Object.hasOwn(codes, text)) return { value: codes[text] ?? null };
  if (codes === undefined && allowed.includes(text)) return { value: text };
  return fail(
    "unknown-code",
    `one of ${allowed.map((c) => JSON.stringify(c)).join(", ")}`,
    "correct the value in the export, or add it to the field's code list in site.json",
  );
}

function fail(rule: string, expected: string, fix: string): { failure: Failure } {
  return { failure: { rule, expected, fix } };
}
