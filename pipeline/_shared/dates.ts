/**
 * Calendar dates as ISO strings (`YYYY-MM-DD`). The pipeline never holds dates as date-times, so
 * no time zone or daylight-saving change can move a date by a day; intervals are whole days.
 *
 * @module
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Whether `value` is a real calendar date written as `YYYY-MM-DD` (rejects 2021-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day;
}

/** Days since 1970-01-01 of an ISO date. */
export function dayNumber(iso: string): number {
  if (!isIsoDate(iso)) throw new RangeError(`Expected a date as YYYY-MM-DD but found "${iso}"`);
  return Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;
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
  const [by, bm, bd] = birth.split("-").map(Number) as [number, number, number];
  const [y, m, d] = on.split("-").map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
