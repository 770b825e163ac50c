/**
 * ISO texts of day numbers, each made once: records keep dates as day numbers, and the interim
 * tables write them as `YYYY-MM-DD` (never date-times a time zone could move). A registry holds a
 * few tens of thousands of distinct days among tens of millions of dates, so the same text object
 * is handed out again and again.
 *
 * @module
 */

import { isoFromDayNumber } from "../../_shared/dates.ts";

/** Texts by day number + OFFSET (1697 to 2242 directly; other days are made each time). */
const OFFSET = 100_000;
const texts: (string | undefined)[] = new Array(2 * OFFSET);

/** The ISO date `day` days after 1970-01-01. */
export function isoOfDay(day: number): string {
  const slot = day + OFFSET;
  if (slot >= 0 && slot < texts.length) {
    return texts[slot] ?? (texts[slot] = isoFromDayNumber(day));
  }
  return isoFromDayNumber(day);
}
