/**
 * The common forms of a value read without building anything: a date as its day number, a number
 * as a number, a code as the index of its common value. Tens of millions of cells pass here in a
 * registry's exports. Each reader accepts only texts whose meaning is certain (`2015-03-02`,
 * `02.03.2015`, `12.5`, a code of the field's list) and gives the value `parseValue` gives them;
 * anything else, including every text `parseValue` refuses, answers {@linkcode ASK_PARSE_VALUE},
 * and the caller asks `parseValue`, which stays the one definition of what a value means.
 *
 * @module
 */

import { civilDay } from "../../_shared/dates.ts";
import type { FieldSpec } from "./source_fields.ts";
import type { DateFormat, FileSpec } from "../site_specs/types.ts";

/** The text is not in a common form: `parseValue` must read it. */
export const ASK_PARSE_VALUE = Symbol("ask parseValue");

/** A reader of trimmed, non-missing texts of one field in one file. */
export type FastReader = (text: string) => number | string | typeof ASK_PARSE_VALUE;

/**
 * The reader of `field` in `file`: a day number for dates, a number for numbers and integers, the
 * index of the common value in `field.values` for codes (through `codes`, the table's code list,
 * when there is one), the text itself for text.
 */
export function fastReader(
  field: FieldSpec,
  file: Pick<FileSpec, "dateFormat" | "decimalMark">,
  codes: Readonly<Record<string, string | null>> | undefined,
): FastReader {
  switch (field.type) {
    case "text":
      return (text) => text;
    case "date":
      return dateReader(file.dateFormat);
    case "integer":
      return (text) => {
        if (!allDigits(text, 0, text.length)) return ASK_PARSE_VALUE;
        const n = Number(text);
        return n >= 1 && Number.isSafeInteger(n) ? n : ASK_PARSE_VALUE;
      };
    case "number":
      return numberReader(file.decimalMark === "," ? 44 : 46);
    case "code": {
      const values = field.values ?? [];
      const index = new Map<string, number>();
      if (codes === undefined) values.forEach((value, i) => index.set(value, i));
      else {
        for (const [code, common] of Object.entries(codes)) {
          if (common !== null) index.set(code, values.indexOf(common));
        }
      }
      return (text) => index.get(text) ?? ASK_PARSE_VALUE;
    }
  }
}

const ZERO = 48;

function allDigits(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return false;
  }
  return true;
}

function number(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + text.charCodeAt(i) - ZERO;
  return value;
}

/** Dates of ten characters with two-digit day and month; other forms go to `parseValue`. */
function dateReader(format: DateFormat): FastReader {
  if (format === "excel-serial") return () => ASK_PARSE_VALUE;
  const iso = format === "YYYY-MM-DD";
  const separator = iso ? 45 : format === "DD.MM.YYYY" ? 46 : 47;
  const [first, second] = iso ? [4, 7] : [2, 5];
  const dayFirst = format === "DD/MM/YYYY" || format === "DD.MM.YYYY";
  return (text) => {
    if (
      text.length !== 10 || text.charCodeAt(first) !== separator ||
      text.charCodeAt(second) !== separator
    ) return ASK_PARSE_VALUE;
    const digitsOk = iso
      ? allDigits(text, 0, 4) && allDigits(text, 5, 7) && allDigits(text, 8, 10)
      : allDigits(text, 0, 2) && allDigits(text, 3, 5) && allDigits(text, 6, 10);
    if (!digitsOk) return ASK_PARSE_VALUE;
    const day = iso
      ? civilDay(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10))
      : dayFirst
      ? civilDay(number(text, 6, 10), number(text, 3, 5), number(text, 0, 2))
      : civilDay(number(text, 6, 10), number(text, 0, 2), number(text, 3, 5));
    return Number.isNaN(day) ? ASK_PARSE_VALUE : day;
  };
}

/** Digits, or digits, the decimal mark and digits (`mark` as a character code). */
function numberReader(mark: number): FastReader {
  return (text) => {
    const at = text.indexOf(String.fromCharCode(mark));
    const whole = at === -1;
    if (!allDigits(text, 0, whole ? text.length : at)) return ASK_PARSE_VALUE;
    if (!whole && !allDigits(text, at + 1, text.length)) return ASK_PARSE_VALUE;
    const value = Number(
      whole || mark === 46 ? text : `${text.slice(0, at)}.${text.slice(at + 1)}`,
    );
    return Number.isFinite(value) ? value : ASK_PARSE_VALUE;
  };
}
