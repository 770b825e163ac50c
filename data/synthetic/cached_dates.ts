/**
 * The pipeline's date helpers (`pipeline/_shared/dates.ts`) with each ISO date parsed and written
 * once: a cohort of a million patients asks for some fifty million date conversions, but its dates
 * fall on a few tens of thousands of distinct days (1900 to the cut-off). Same answers, same errors
 * (a malformed date is never cached, so it throws every time).
 *
 * @module
 */

import { dayNumber, isoFromDayNumber } from "../../pipeline/_shared/dates.ts";

const days = new Map<string, number>();
const isos = new Map<number, string>();

/** Days since 1970-01-01 of an ISO date (as `dayNumber`). */
export function cachedDayNumber(iso: string): number {
  let day = days.get(iso);
  if (day === undefined) {
    day = dayNumber(iso);
    days.set(iso, day);
  }
  return day;
}

/** The ISO date `day` days after 1970-01-01 (as `isoFromDayNumber`). */
export function cachedIso(day: number): string {
  let iso = isos.get(day);
  if (iso === undefined) {
    iso = isoFromDayNumber(day);
    isos.set(day, iso);
  }
  return iso;
}

/** The ISO date `count` days after `iso` (as `addDays`). */
export function addDays(iso: string, count: number): string {
  return cachedIso(cachedDayNumber(iso) + count);
}

/** Whole days from `from` to `to` (as `daysBetween`). */
export function daysBetween(from: string, to: string): number {
  return cachedDayNumber(to) - cachedDayNumber(from);
}
