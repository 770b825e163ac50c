/**
 * The time axis of the survival figures, in months: regular ticks at a round step (3, 6, 12, …
 * months) chosen so that at most `maxIntervals` intervals (twelve unless a narrower figure asks for
 * fewer) span the longest follow-up, and a domain that ends on the last tick so the number-at-risk
 * table has a column at each tick, the last one included.
 *
 * @module
 */

const STEPS = [1, 2, 3, 6, 12, 24, 36, 60, 120, 240];

/**
 * Ticks (months) from 0 to the first round tick at or after `maxMonths`, with at most
 * `maxIntervals` intervals between them (unless even the largest step needs more).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { monthTicks } from "./month_ticks.ts";
 * assert.deepEqual(monthTicks(127), [0, 12, 24, 36, 48, 60, 72, 84, 96, 108, 120, 132]);
 * assert.deepEqual(monthTicks(127, 6), [0, 24, 48, 72, 96, 120, 144]);
 * ```
 */
export function monthTicks(maxMonths: number, maxIntervals = 12): number[] {
  if (!(Number.isFinite(maxMonths) && maxMonths >= 0)) {
    throw new RangeError(`Expected a finite follow-up >= 0 months but found ${maxMonths}`);
  }
  if (!(Number.isInteger(maxIntervals) && maxIntervals >= 1)) {
    throw new RangeError(`Expected at least 1 tick interval but found ${maxIntervals}`);
  }
  const step = STEPS.find((s) => Math.ceil(maxMonths / s) <= maxIntervals) ?? STEPS.at(-1)!;
  const intervals = Math.max(1, Math.ceil(maxMonths / step));
  return Array.from({ length: intervals + 1 }, (_, i) => i * step);
}
