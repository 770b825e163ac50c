/**
 * The exact (Clopper–Pearson) confidence interval for a binomial proportion, as R's
 * `binom.test(x, n)$conf.int`.
 *
 * The limits are Beta quantiles, lower = qbeta(alpha/2; x, n - x + 1) and
 * upper = qbeta(1 - alpha/2; x + 1, n - x). For whole x and n these are the p that solve
 * P(Bin(n, p) >= x) = alpha/2 (lower) and P(Bin(n, p) <= x) = alpha/2 (upper), so no Beta function
 * is needed: the binomial tail is monotone in p, and bisection on it runs until the bracket is two
 * adjacent doubles (about 60 halvings), i.e. to full double precision. The upper limit uses the
 * symmetry upper(x, n) = 1 - lower(n - x, n). lower = 0 when x = 0 and upper = 1 when x = n.
 *
 * Each tail is summed from its largest term outwards, choosing the tail or its complement so the
 * terms shrink (no overflow, and an underflowing first term means a negligible sum); the sum
 * stops at the first term too small to change it, since every later term is smaller still. At a
 * million trials that is a few thousand terms instead of hundreds of thousands.
 *
 * Source: Clopper CJ, Pearson ES. The use of confidence or fiducial limits illustrated in the case
 * of the binomial. Biometrika 1934;26:404–413.
 *
 * @module
 */

import { DEFAULT_LEVEL } from "../math/z_for_level.ts";
import { checkCounts } from "./_check_counts.ts";

/**
 * Exact two-sided interval [lower, upper] for `successes` out of `trials`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { clopperPearson } from "./clopper_pearson.ts";
 * assert.deepEqual(clopperPearson(3, 10).map((p) => p.toFixed(4)), ["0.0667", "0.6525"]);
 * ```
 */
export function clopperPearson(
  successes: number,
  trials: number,
  options: { level?: number } = {},
): [number, number] {
  checkCounts(successes, trials);
  const level = options.level ?? DEFAULT_LEVEL;
  if (!(level > 0 && level < 1)) {
    throw new RangeError(`Expected a confidence level strictly between 0 and 1 but found ${level}`);
  }
  const tail = (1 - level) / 2;
  const lower = successes === 0 ? 0 : lowerLimit(successes, trials, tail);
  const upper = successes === trials ? 1 : 1 - lowerLimit(trials - successes, trials, tail);
  return [lower, upper];
}

/** The p in (0, 1) with P(Bin(n, p) >= x) = tail, for 1 <= x <= n. */
function lowerLimit(x: number, n: number, tail: number): number {
  // The binomial coefficients of the two possible first terms do not depend on p: computed once
  // (each is min(k, n - k) logarithms, a million at a registry's size), not at every halving.
  const coefficients = { at: logChoose(x, n), below: logChoose(x - 1, n) };
  let low = 0;
  let high = 1;
  for (;;) {
    const middle = (low + high) / 2;
    if (middle === low || middle === high) return middle;
    if (upperTail(x, n, middle, coefficients) < tail) low = middle;
    else high = middle;
  }
}

/**
 * P(Bin(n, p) >= x) for 1 <= x <= n and 0 < p < 1; `coefficients` are log C(n, x) and
 * log C(n, x - 1).
 */
function upperTail(
  x: number,
  n: number,
  p: number,
  coefficients: { at: number; below: number },
): number {
  const odds = p / (1 - p);
  // pmf(k + 1) / pmf(k) = (n - k) / (k + 1) * odds: below 1 from k = x on when this holds.
  if ((n - x) * odds <= x + 1) {
    let term = binomialPmf(x, n, p, coefficients.at);
    let sum = term;
    for (let k = x; k < n; k++) {
      term *= (n - k) / (k + 1) * odds;
      // The terms only shrink from here: once one leaves the sum unchanged, all the rest do.
      if (sum + term === sum) break;
      sum += term;
    }
    return sum;
  }
  // Otherwise the mode is at or above x: 1 - P(X <= x - 1), summed downwards from x - 1.
  let term = binomialPmf(x - 1, n, p, coefficients.below);
  let sum = term;
  for (let k = x - 1; k > 0; k--) {
    term *= k / ((n - k + 1) * odds);
    if (sum + term === sum) break;
    sum += term;
  }
  return 1 - sum;
}

/** log C(n, k), as a sum of min(k, n - k) logarithms. */
function logChoose(k: number, n: number): number {
  let sum = 0;
  const m = Math.min(k, n - k);
  for (let i = 1; i <= m; i++) sum += Math.log((n - m + i) / i);
  return sum;
}

function binomialPmf(k: number, n: number, p: number, logCoefficient: number): number {
  return Math.exp(logCoefficient + k * Math.log(p) + (n - k) * Math.log1p(-p));
}
