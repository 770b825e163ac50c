/**
 * Builders for the RECIST engine tests: dates as days after a fixed line start, measurements with
 * the usual defaults (no target nodes, no non-target lesions, no new lesions).
 *
 * @module
 */

import { addDays } from "../../pipeline/_shared/dates.ts";
import type {
  BestResponseOptions,
  Measurement,
  Response,
} from "../../pipeline/derive/recist/mod.ts";

/** The line start of every test case. */
export const START = "2020-01-01";

/** The ISO date `day` days after the line start (negative for the baseline). */
export function day(n: number): string {
  return addDays(START, n);
}

/** A measurement `n` days after the start with target sum `sum` (mm). */
export function measured(
  n: number,
  sum: number | null,
  more: Partial<Omit<Measurement, "date" | "targetSumMm">> = {},
): Measurement {
  return {
    date: day(n),
    targetSumMm: sum,
    nodalSumMm: null,
    nodalMaxMm: null,
    nonTarget: "none",
    newLesions: false,
    ...more,
  };
}

/** Time-points from `[day, response]` pairs. */
export function timepoints(
  pairs: readonly (readonly [number, Response])[],
): { date: string; response: Response }[] {
  return pairs.map(([n, response]) => ({ date: day(n), response }));
}

/** The analysis plan's options: SD from 42 days, confirmation off, 28 days to confirm. */
export function options(more: Partial<BestResponseOptions> = {}): BestResponseOptions {
  return {
    startDate: START,
    minimumStableDiseaseDays: 42,
    confirmation: false,
    minimumConfirmationDays: 28,
    ...more,
  };
}
