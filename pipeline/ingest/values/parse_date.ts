/**
 * Dates as a site spec states them, to ISO `YYYY-MM-DD`. Each format is read exactly: day and month
 * may have one or two digits, the year has four, and the result must be a real calendar date
 * (31/02/2015 is refused, not rolled over to March).
 *
 * @module
 */

import { isIsoDate, isoFromDayNumber } from "../../_shared/dates.ts";
import type { Cell } from "../readers/raw_table.ts";
import type { DateFormat } from "../site_specs/types.ts";

const PATTERNS: Record<Exclude<DateFormat, "excel-serial">, [RegExp, "dmy" | "mdy" | "ymd"]> = {
  "YYYY-MM-DD": [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, "ymd"],
  "DD/MM/YYYY": [/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, "dmy"],
  "MM/DD/YYYY": [/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, "mdy"],
  "DD.MM.YYYY": [/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, "dmy"],
};

/** Days from 1970-01-01 back to Excel's day 0 in the 1900 system, for serials after 60. */
const EXCEL_EPOCH_OFFSET = 25_569;

/** The ISO date of `cell` read as `format`, or `undefined` when it is not such a date. */
export function parseDate(cell: Cell, format: DateFormat): string | undefined {
  if (format === "excel-serial") return excelSerialDate(cell);
  if (typeof cell !== "string") return undefined;
  const [pattern, order] = PATTERNS[format];
  const match = pattern.exec(cell);
  if (!match) return undefined;
  const [a, b, c] = [match[1] ?? "", match[2] ?? "", match[3] ?? ""];
  const [year, month, day] = order === "ymd" ? [a, b, c] : order === "dmy" ? [c, b, a] : [c, a, b];
  const iso = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : undefined;
}

/**
 * Excel's 1900 date system: serial 1 is 1900-01-01, and serial 60 is 1900-02-29, a day that did
 * not exist (Lotus 1-2-3 compatibility), so it is refused and later serials are shifted by one.
 * A fraction is a time of day and is dropped.
 */
function excelSerialDate(cell: Cell): string | undefined {
  const serial = typeof cell === "number" ? cell : /^\d+(\.\d+)?$/.test(cell) ? Number(cell) : NaN;
  if (!Number.isFinite(serial) || serial < 1) return undefined;
  const day = Math.floor(serial);
  if (day === 60) return undefined;
  return isoFromDayNumber(day < 60 ? day - EXCEL_EPOCH_OFFSET + 1 : day - EXCEL_EPOCH_OFFSET);
}
