/**
 * The time axis of the survival figures, in months: regular ticks at a round step (3, 6, 12, …
 * months) chosen so that at most twelve intervals span the longest follow-up, and a domain that ends
 * on the last tick so the number-at-risk table has a column at each tick, the last one included.
 *
 * @module
 */

const STEPS = [1, 2, 3, 6, 12, 24, 36, 60, 120, 240];
const MAX_INTERVALS = 12;

/** Ticks (months) from 0 to the first round tick at or after `maxMonths`. */
export function monthTicks(maxMonths: number): number[] {
  if (!(Number.isFinite(maxMonths) && maxMonths >= 0)) {
    throw new RangeError(`Expected a finite follow-up >= 0 months but found ${maxMonths}`);
  }
  const step = STEPS.find((s) => Math.ceil(maxMonths / s) <= MAX_INTERVALS) ?? STEPS.at(-1)!;
  const intervals = Math.max(1, Math.ceil(maxMonths / step));
  return Array.from({ length: intervals + 1 }, (_, i) => i * step);
}
