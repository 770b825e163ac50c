/**
 * Calendar dates as ISO strings (`YYYY-MM-DD`). The pipeline never holds dates as date-times, so
 * no time zone or daylight-saving change can move a date by a day; intervals are whole days.
 *
 * A registry-sized cohort makes tens of millions of date conversions, so texts are read by
 * character codes and days counted with the civil-calendar formulas of H. Hinnant
 * ("chrono-Compatible Low-Level Date Algorithms", proleptic Gregorian calendar) rather than with
 * `Date.parse`: the same answers (a test checks every day from 1800 to 2100 against `Date`), some
 * ten times faster. Years before 100 are refused, as `Date.UTC` would read them as 1900–1999.
 *
 * @module
 */

const ZERO = 48;
const HYPHEN = 45;
const MS_PER_DAY = 86_400_000;

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

/** Days since 1970-01-01 of `iso`, or NaN when it is not a real date written YYYY-MM-DD. */
function parseIsoDay(iso: string): number {
  if (iso.length !== 10 || iso.charCodeAt(4) !== HYPHEN || iso.charCodeAt(7) !== HYPHEN) {
    return NaN;
  }
  return civilDay(digits(iso, 0, 4), digits(iso, 5, 2), digits(iso, 8, 2));
}

/**
 * Days since 1970-01-01 of the given year, month and day, or NaN when they are no real date (or
 * the year is before 100, which ISO texts of this project never hold): the check `isIsoDate`
 * applies, for readers that have the three numbers without an ISO text.
 */
export function civilDay(year: number, month: number, day: number): number {
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return NaN;
  }
  return daysFromCivil(year, month, day);
}

/** Whether `value` is a real calendar date written as `YYYY-MM-DD` (rejects 2021-02-30). */
export function isIsoDate(value: string): boolean {
  return typeof value === "string" && !Number.isNaN(parseIsoDay(value));
}

/** Days since 1970-01-01 of an ISO date. */
export function dayNumber(iso: string): number {
  const days = typeof iso === "string" ? parseIsoDay(iso) : NaN;
  if (Number.isNaN(days)) {
    throw new RangeError(`Expected a date as YYYY-MM-DD but found "${iso}"`);
  }
  return days;
}

/** The ISO date `days` days after 1970-01-01. */
export function isoFromDayNumber(days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`Expected whole days but found ${days}`);
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The ISO date `days` days after `iso`. */
export function addDays(iso: string, days: number): string {
  return isoFromDayNumber(dayNumber(iso) + days);
}

/** Completed years from `birth` to `on` (a birthday on 29 February counts on 1 March). */
export function completedYears(birth: string, on: string): number {
  dayNumber(birth); // throws on a malformed date
  dayNumber(on);
  const [by, bm, bd] = [digits(birth, 0, 4), digits(birth, 5, 2), digits(birth, 8, 2)];
  const [y, m, d] = [digits(on, 0, 4), digits(on, 5, 2), digits(on, 8, 2)];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
