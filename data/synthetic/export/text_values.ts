/**
 * Dates and numbers as a site writes them: the date formats of `data/site-spec.md` (US sites drop
 * leading zeros, as spreadsheet exports do), Excel serial day numbers, and numbers with a point or
 * a comma as the decimal mark. Numbers are printed from half millimetres, so they never carry
 * floating-point noise.
 *
 * @module
 */

import { dayNumber } from "../fast_dates.ts";

export type DateFormat = "YYYY-MM-DD" | "DD/MM/YYYY" | "MM/DD/YYYY" | "DD.MM.YYYY" | "excel-serial";

/** Days from Excel's 1900 epoch (serial 25569) to 1970-01-01, in the 1900 date system. */
const EXCEL_1970 = 25569;

/** `iso` written in `format`; `unpadded` drops leading zeros of day and month. */
export function formatDate(iso: string, format: DateFormat, unpadded = false): string {
  dayNumber(iso); // throws on a malformed date, so the parts are where a valid one has them
  const [year, month, day] = [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)];
  const m = unpadded ? String(Number(month)) : month;
  const d = unpadded ? String(Number(day)) : day;
  switch (format) {
    case "YYYY-MM-DD":
      return iso;
    case "DD/MM/YYYY":
      return `${d}/${m}/${year}`;
    case "MM/DD/YYYY":
      return `${m}/${d}/${year}`;
    case "DD.MM.YYYY":
      return `${d}.${m}.${year}`;
    case "excel-serial":
      return String(excelSerial(iso));
  }
}

/** The Excel serial day number of `iso` (1900 date system; valid after 1900-02-28). */
export function excelSerial(iso: string): number {
  return dayNumber(iso) + EXCEL_1970;
}

/** `value` with at most one decimal, written with `decimalMark`. */
export function formatNumber(value: number, decimalMark: "." | ","): string {
  if (!Number.isFinite(value)) throw new RangeError(`Expected a finite number but found ${value}`);
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return decimalMark === "," ? text.replace(".", ",") : text;
}
