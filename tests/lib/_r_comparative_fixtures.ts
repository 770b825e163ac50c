/**
 * The R-made fixtures of the comparative statistics (tests/lib/fixtures/make_comparative_fixtures.R)
 * with their types. In the JSON, R's NA and NaN are null and Inf is the string "Inf"; compare
 * with `assertAgrees` from `_r_fixtures.ts`.
 *
 * @module
 */

import assert from "node:assert/strict";
import comparative from "./fixtures/comparative.json" with { type: "json" };
import type { RNumber } from "./_r_fixtures.ts";

/** survdiff on one grouping, with the (O − E)² ratios print.survdiff shows. */
export interface RLogRank {
  by: string;
  levels: string[];
  /** The groups R kept (it drops levels without subjects), in level order. */
  groups: string[];
  n: number[];
  observed: number[];
  expected: number[];
  deviation_over_expected: RNumber[];
  deviation_over_variance: RNumber[];
  variance: number[][];
  chisq: number;
  df: number;
  pvalue: RNumber;
}

interface RTest {
  test: RNumber;
  df: number;
  pvalue: RNumber;
}

/** A term as the fixture names it: the covariate's name, its kind and (factors) its levels. */
export interface RTermSpec {
  kind: "numeric" | "factor";
  name: string;
  levels?: string[];
}

/** coxph and summary.coxph for one model and one ties method. */
export interface RCox {
  terms: RTermSpec[];
  ties: "efron" | "breslow";
  iter_max: number;
  coefficient_names: string[];
  coef: RNumber[];
  se: RNumber[];
  exp_coef: RNumber[];
  z: RNumber[];
  p: RNumber[];
  lower_95: RNumber[];
  upper_95: RNumber[];
  lower_90: RNumber[];
  upper_90: RNumber[];
  variance: number[][];
  /** Inverse information at coef (coxph with init = coef, iter.max = 0). */
  variance_at_coef: number[][];
  loglik: number[];
  iter: number;
  converged: boolean;
  n: number;
  nevent: number;
  likelihood_ratio: RTest;
  wald: RTest;
  score: RTest;
  warnings: string[];
}

/** One data set with its analyses. */
export interface ComparativeFixture {
  name: string;
  source: string;
  records: { time: number[]; status: number[] };
  covariates: Record<string, (number | string)[]>;
  logrank: RLogRank[];
  cox: RCox[];
}

/** The data sets, typed. */
export const comparativeFixtures = comparative.datasets as unknown as ComparativeFixture[];

/** pchisq(x, df, lower.tail = FALSE) on a grid. */
export const pchisqFixture = comparative.pchisq as { x: number[]; df: number[]; upper: number[] };

/** pnorm(z, lower.tail = FALSE) on a grid. */
export const pnormFixture = comparative.pnorm as { z: number[]; upper: number[] };

/**
 * Asserts `actual` agrees with R's `expected` within `tolerance` relative to |expected|, however
 * small (p-values of 1e-20 included), with an absolute floor of 1e-15 for values that are 0 up
 * to rounding. R's NA or NaN must be null or NaN here, and R's Inf must be Infinity.
 */
export function assertRelative(
  actual: number | null | undefined,
  expected: RNumber | undefined,
  label: string,
  tolerance: number,
): void {
  if (expected === null) {
    assert.ok(actual === null || Number.isNaN(actual), `${label}: R gives NA, found ${actual}`);
    return;
  }
  if (expected === "Inf" || expected === "-Inf") {
    assert.equal(
      actual,
      expected === "Inf" ? Infinity : -Infinity,
      `${label}: R gives ${expected}`,
    );
    return;
  }
  assert.equal(typeof expected, "number", `${label}: unexpected fixture value ${expected}`);
  assert.equal(typeof actual, "number", `${label}: R gives ${expected}, found ${actual}`);
  const [a, e] = [actual as number, expected as number];
  const difference = Math.abs(a - e);
  const relative = difference === 0 ? 0 : difference / Math.abs(e);
  assert.ok(
    difference <= tolerance * Math.abs(e) || difference <= 1e-15,
    `${label}: R gives ${e}, found ${a} (relative difference ${relative})`,
  );
}

/** The records of a fixture as the library takes them. */
export function recordsOf(fixture: ComparativeFixture): { time: number; event: boolean }[] {
  return fixture.records.time.map((time, i) => ({ time, event: fixture.records.status[i] === 1 }));
}
