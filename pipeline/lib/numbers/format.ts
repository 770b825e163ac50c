/**
 * Number formatting for tables and text: half-up rounding to fixed decimals (JavaScript's
 * `toFixed` rounds the binary value, so 1.005 would print as 1.00), en dashes in ranges.
 *
 * @module
 */

import { roundHalfUp } from "./rounding.ts";

/** `value` at `digits` decimals, rounded half up; "NE" (not estimable) for null. */
export function decimals(value: number | null, digits: number): string {
  if (value === null) return "NE";
  const rounded = roundHalfUp(value, digits);
  return (Object.is(rounded, -0) ? 0 : rounded).toFixed(digits);
}

/** A range or interval, `lower–upper`. */
export function range(lower: number | null, upper: number | null, digits: number): string {
  return `${decimals(lower, digits)}–${decimals(upper, digits)}`;
}

/** A time interval whose lower limit may be negative (symmetric CIs): shown clipped at 0. */
export function timeInterval(ci: [number | null, number | null] | null, digits: number): string {
  if (ci === null) return "NE";
  const [lower, upper] = ci;
  return range(lower === null ? null : Math.max(0, lower), upper, digits);
}
