/**
 * Dates as a site spec states them, to ISO `YYYY-MM-DD`. Each format is read exactly: day and month
 * may have one or two digits, the year has four, and the result must be a real calendar date
 * (31/02/2015 is refused, not rolled over to March).
 *
 * @module
 */

import { LAST_EXCEL_SERIAL } from "../../_shared/contracts/plausibility_rules.ts";
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
/** Days from 1970-01-01 back to 1904-01-01, serial 0 of the 1904 system. */
const EXCEL_1904_OFFSET = 24_107;

/** A workbook's date system: 1900 (Excel's default) or 1904 (`date1904`, old Mac Excel). */
export type DateSystem = 1900 | 1904;

/** The serial day numbers each system can hold: up to 9999-12-31. */
export const EXCEL_SERIAL_RANGE: Readonly<Record<DateSystem, readonly [number, number]>> = {
  1900: [1, LAST_EXCEL_SERIAL],
  1904: [0, LAST_EXCEL_SERIAL - 1462],
};

/**
 * The ISO date of `cell` read as `format`: a date, `undefined` when it is not one, or
 * `"out-of-range"` for an Excel serial beyond what Excel can hold (a number, but no day).
 */
export function parseDate(
  cell: Cell,
  format: DateFormat,
  system: DateSystem = 1900,
): string | undefined | "out-of-range" {
  if (format === "excel-serial") return excelSerialDate(cell, system);
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
 * Excel's serial day numbers. In the 1900 system serial 1 is 1900-01-01, and serial 60 is
 * 1900-02-29, a day that did not exist (Lotus 1-2-3 compatibility), so it is refused and later
 * serials are shifted by one. In the 1904 system serial 0 is 1904-01-01. A fraction is a time of
 * day and is dropped. A serial past 9999-12-31 is no date at all: refused as out of range, rather
 * than turned into the year 10113 or into an invalid time.
 */
function excelSerialDate(cell: Cell, system: DateSystem): string | undefined | "out-of-range" {
  const serial = typeof cell === "number" ? cell : /^\d+(\.\d+)?$/.test(cell) ? Number(cell) : NaN;
  if (!Number.isFinite(serial)) return undefined;
  const day = Math.floor(serial);
  const [first, last] = EXCEL_SERIAL_RANGE[system];
  if (day < first || day > last) return "out-of-range";
  if (system === 1904) return isoFromDayNumber(day - EXCEL_1904_OFFSET);
  if (day === 60) return undefined;
  return isoFromDayNumber(day < 60 ? day - EXCEL_EPOCH_OFFSET + 1 : day - EXCEL_EPOCH_OFFSET);
}
