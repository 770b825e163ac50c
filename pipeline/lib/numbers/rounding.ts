/**
 * Rounding for reported numbers: one rule everywhere, half away from zero on the decimal value.
 *
 * `Math.round` rounds halves towards +Infinity (-2.5 -> -2) and `toFixed` rounds the binary value
 * (2.675 is stored as 2.67499999999999982…, so `(2.675).toFixed(2)` is "2.67"). A reader checking
 * a table by hand rounds the decimal number they see, so `roundHalfUp` rounds the shortest decimal
 * that reads back as the same double (the digits `String(value)` prints): 2.675 -> 2.68. Negative
 * values round half away from zero (-0.5 -> -1); the statistics are non-negative, except for an
 * unclipped SPSS lower limit, and rounding it away from zero keeps the interval symmetric.
 *
 * `percentOf` gives the whole percent of a count, half up, in exact integer arithmetic
 * (13/55 = 23.6% -> 24; 1/8 = 12.5% -> 13), as the publication reports percentages.
 *
 * @module
 */

/**
 * `value` rounded to `digits` decimals (0 to 20), halves away from zero, on its decimal digits.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { roundHalfUp } from "./rounding.ts";
 * assert.equal(roundHalfUp(2.675, 2), 2.68);
 * ```
 */
export function roundHalfUp(value: number, digits: number): number {
  if (!(Number.isInteger(digits) && digits >= 0 && digits <= 20)) {
    throw new RangeError(`Expected digits to be an integer from 0 to 20 but found ${digits}`);
  }
  if (!Number.isFinite(value)) {
    throw new RangeError(`Expected a finite number to round but found ${value}`);
  }
  const { significand, pointAt } = decimalDigits(Math.abs(value));
  const keep = pointAt + digits; // significant digits before the rounding position
  if (keep >= significand.length) return value;
  const kept = keep > 0 ? BigInt(significand.slice(0, keep)) : 0n;
  const roundUp = keep >= 0 && significand.charCodeAt(keep) >= "5".charCodeAt(0);
  const magnitude = Number(`${kept + (roundUp ? 1n : 0n)}e-${digits}`);
  // No negative zero: -0.001 rounds to 0, which prints the same everywhere.
  return value < 0 && magnitude !== 0 ? -magnitude : magnitude;
}

/**
 * The whole percent `part` is of `whole`, rounded half up: percentOf(13, 55) === 24.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { percentOf } from "./rounding.ts";
 * assert.equal(percentOf(13, 55), 24);
 * ```
 */
export function percentOf(part: number, whole: number): number {
  if (!(Number.isInteger(whole) && whole >= 1)) {
    throw new RangeError(`Expected the whole to be an integer of at least 1 but found ${whole}`);
  }
  if (!(Number.isInteger(part) && part >= 0)) {
    throw new RangeError(`Expected the part to be a non-negative integer but found ${part}`);
  }
  // floor(100 part / whole + 1/2) = floor((200 part + whole) / (2 whole)), exactly.
  return Number((200n * BigInt(part) + BigInt(whole)) / (2n * BigInt(whole)));
}

/** Digits of the shortest decimal for `x` >= 0, without leading zeros: x = 0.<significand> × 10^pointAt. */
function decimalDigits(x: number): { significand: string; pointAt: number } {
  const [mantissa, exponent = "0"] = String(x).split("e");
  const [whole = "", fraction = ""] = mantissa!.split(".");
  const all = whole + fraction;
  const leadingZeros = all.length - all.replace(/^0+/, "").length;
  return {
    significand: all.slice(leadingZeros),
    pointAt: whole.length + Number(exponent) - leadingZeros,
  };
}
