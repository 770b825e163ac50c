/**
 * The generator's date arithmetic: the same answers and errors as the pipeline's helpers
 * (`pipeline/_shared/dates.ts`), computed without `Date`. A cohort of a million patients makes
 * some fifty million date conversions; parsing `YYYY-MM-DD` by character codes and counting days
 * with the civil-calendar formulas of H. Hinnant ("chrono-Compatible Low-Level Date Algorithms",
 * proleptic Gregorian calendar) is ten times faster than `Date.parse` or a lookup table keyed by
 * text. ISO texts of day numbers are kept once made (most cohorts use a few tens of thousands of
 * days). `tests/synthetic/fast_dates_test.ts` checks every day from 1800 to 2100, and malformed
 * texts, against the pipeline's helpers.
 *
 * @module
 */

import { isoFromDayNumber } from "../../pipeline/_shared/dates.ts";

const ZERO = 48;
const HYPHEN = 45;
/** ISO texts by day number + OFFSET, filled as they are asked for (1700 to 2300 directly). */
const OFFSET = 100_000;
const texts: (string | undefined)[] = new Array(2 * OFFSET);

/** Days since 1970-01-01 of an ISO date; a RangeError, as the pipeline's, for anything else. */
export function dayNumber(iso: string): number {
  if (
    iso.length !== 10 || iso.charCodeAt(4) !== HYPHEN || iso.charCodeAt(7) !== HYPHEN
  ) return malformed(iso);
  const year = digits(iso, 0, 4);
  const month = digits(iso, 5, 2);
  const day = digits(iso, 8, 2);
  // Years before 100 fail the pipeline's check too (Date.UTC reads them as 1900 to 1999).
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return malformed(iso);
  }
  return daysFromCivil(year, month, day);
}

/** The ISO date `days` days after 1970-01-01. */
export function isoFromDay(days: number): string {
  const slot = days + OFFSET;
  if (slot >= 0 && slot < texts.length) {
    return texts[slot] ?? (texts[slot] = isoFromDayNumber(days));
  }
  return isoFromDayNumber(days);
}

/** The ISO date `count` days after `iso`. */
export function addDays(iso: string, count: number): string {
  return isoFromDay(dayNumber(iso) + count);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Completed years from `birth` to `on` (a birthday on 29 February counts on 1 March). */
export function completedYears(birth: string, on: string): number {
  dayNumber(birth);
  dayNumber(on);
  const [by, bm, bd] = [digits(birth, 0, 4), digits(birth, 5, 2), digits(birth, 8, 2)];
  const [y, m, d] = [digits(on, 0, 4), digits(on, 5, 2), digits(on, 8, 2)];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The number written by `length` ASCII digits from `start`; -1 if any is not a digit. */
function digits(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Hinnant's days_from_civil: days since 1970-01-01 of a proleptic Gregorian date. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) +
    dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function malformed(iso: string): never {
  throw new RangeError(`Expected a date as YYYY-MM-DD but found "${iso}"`);
}
