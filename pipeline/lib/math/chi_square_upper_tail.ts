/**
 * The upper tail of the chi-square distribution, P(X > x) for X ~ χ²(df), as R's
 * `pchisq(x, df, lower.tail = FALSE)`, for the whole degrees of freedom that the log-rank, Wald,
 * score and likelihood-ratio tests have.
 *
 * Why closed forms rather than an incomplete-gamma routine: with whole df the tail is a finite
 * sum of positive terms (Abramowitz & Stegun 26.4.4 and 26.4.5), so every term is accurate to a
 * few ulps and no cancellation can occur, however small the p-value:
 * - even df = 2m: P = exp(-x/2) · Σ_{k=0}^{m-1} (x/2)^k / k!
 * - odd df = 2m + 1: P = 2·Q(√x) + exp(-x/2) · Σ_{k=1}^{m} (x/2)^(k-1/2) / Γ(k + 1/2),
 *   with Q the standard normal upper tail (`normal_upper_tail.ts`).
 * Each term is the previous one times (x/2)/k (even) or (x/2)/(k + 1/2) (odd). When exp(-x/2)
 * would underflow (x > 1400, p-values below 1e-300) the terms are formed in logarithms instead.
 * Non-integer df is refused rather than approximated: nothing here produces one.
 *
 * @module
 */

import { normalUpperTail } from "./normal_upper_tail.ts";

/** Below this exponent exp() underflows to subnormals; switch to logarithms. */
const LOG_SAFE = -700;

/**
 * P(X > x) for X ~ χ² with `df` degrees of freedom (a whole number >= 1); 1 at x <= 0.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { chiSquareUpperTail } from "./chi_square_upper_tail.ts";
 * assert.equal(chiSquareUpperTail(3.841458820694124, 1).toFixed(6), "0.050000");
 * assert.equal(chiSquareUpperTail(6, 2), Math.exp(-3));
 * ```
 */
export function chiSquareUpperTail(x: number, df: number): number {
  if (!(Number.isInteger(df) && df >= 1)) {
    throw new RangeError(`Expected whole degrees of freedom of at least 1 but found ${df}`);
  }
  if (Number.isNaN(x)) throw new RangeError(`Expected a chi-square statistic but found ${x}`);
  if (x <= 0) return 1;
  if (x === Infinity) return 0;
  const half = x / 2;
  const even = df % 2 === 0;
  // First term: exp(-x/2) (even) or exp(-x/2) (x/2)^(1/2) / Γ(3/2) = exp(-x/2) · sqrt(2x/π) (odd).
  const terms = even ? df / 2 : (df - 1) / 2;
  const start = even ? 0 : normalUpperTail(Math.sqrt(x)) * 2;
  if (terms === 0) return start;
  return start + (-half > LOG_SAFE ? directSum(half, terms, even) : logSum(half, terms, even));
}

function directSum(half: number, terms: number, even: boolean): number {
  let term = even ? Math.exp(-half) : Math.exp(-half) * Math.sqrt(4 * half / Math.PI);
  let sum = term;
  for (let k = 1; k < terms; k++) {
    term *= half / (even ? k : k + 0.5);
    sum += term;
  }
  return sum;
}

function logSum(half: number, terms: number, even: boolean): number {
  let logTerm = even ? -half : -half + 0.5 * Math.log(4 * half / Math.PI);
  let sum = Math.exp(logTerm);
  for (let k = 1; k < terms; k++) {
    logTerm += Math.log(half / (even ? k : k + 0.5));
    sum += Math.exp(logTerm);
  }
  return sum;
}
