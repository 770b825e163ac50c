/**
 * The generator's date arithmetic: the pipeline's helpers (`pipeline/_shared/dates.ts`, which
 * parse `YYYY-MM-DD` by character codes and count days with H. Hinnant's civil-calendar formulas,
 * without `Date`), plus a cache of the ISO texts of day numbers. A cohort of a million patients
 * makes some fifty million date conversions, and turning a day number back into text is the one
 * the pipeline does through `Date`; most cohorts use a few tens of thousands of days, so each text
 * is made once. `tests/synthetic/fast_dates_test.ts` checks every day from 1800 to 2100, and
 * malformed texts, against the pipeline's helpers.
 *
 * @module
 */

import { dayNumber, isoFromDayNumber } from "../../pipeline/_shared/dates.ts";

export { completedYears, dayNumber, daysBetween } from "../../pipeline/_shared/dates.ts";

/** ISO texts by day number + OFFSET, filled as they are asked for (1700 to 2300 directly). */
const OFFSET = 100_000;
const texts: (string | undefined)[] = new Array(2 * OFFSET);

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
