/**
 * The R-made fixtures (tests/lib/fixtures/make_fixtures.R) with their types, and the
 * comparison every R test uses. In the JSON, R's NA and NaN are null and Inf is the string "Inf".
 *
 * @module
 */

import assert from "node:assert/strict";
import survival from "./fixtures/survival.json" with { type: "json" };
import proportions from "./fixtures/proportions.json" with { type: "json" };

/** A number as R wrote it: null for NA or NaN, "Inf" for Infinity. */
export type RNumber = number | null | string;

interface Band {
  time: number[];
  n_risk: number[];
  surv: number[];
  lower: RNumber[];
  upper: RNumber[];
}
interface RMedian {
  median: RNumber;
  lower: RNumber;
  upper: RNumber;
}

/** One data set: its records and what R's survival package reports for it. */
export interface SurvivalFixture {
  name: string;
  source: string;
  records: { time: number[]; status: number[] };
  n: number;
  events: number;
  steps: Record<string, RNumber[]>;
  medians: Record<"log" | "loglog" | "plain", RMedian>;
  landmarks: Record<"log" | "loglog" | "plain", Band>;
  follow_up: RMedian;
}

/** The survival data sets, typed. */
export const survivalFixtures = survival.datasets as unknown as SurvivalFixture[];

/** binom.test and prop.test(correct = FALSE) intervals for a grid of x out of n. */
export const binomialFixtures = proportions.binomial as unknown as {
  x: number;
  n: number;
  clopper_pearson: number[];
  clopper_pearson_90: number[];
  wilson: number[];
  wilson_90: number[];
}[];

/** qnorm(p) for a list of p. */
export const qnormFixture = proportions.qnorm as { p: number[]; q: number[] };

/** The records of a fixture as the library takes them. */
export function recordsOf(fixture: SurvivalFixture): { time: number; event: boolean }[] {
  return fixture.records.time.map((time, i) => ({ time, event: fixture.records.status[i] === 1 }));
}

/**
 * Asserts `actual` agrees with R's `expected` within `tolerance` (relative above 1, absolute
 * below): R's NA or NaN must be null or NaN here, and R's Inf must be Infinity.
 */
export function assertAgrees(
  actual: number | null | undefined,
  expected: RNumber | undefined,
  label: string,
  tolerance = 1e-9,
): void {
  if (expected === null) {
    assert.ok(actual === null || Number.isNaN(actual), `${label}: R gives NA, found ${actual}`);
    return;
  }
  if (expected === "Inf") {
    assert.equal(actual, Infinity, `${label}: R gives Inf`);
    return;
  }
  assert.equal(typeof expected, "number", `${label}: unexpected fixture value ${expected}`);
  assert.equal(typeof actual, "number", `${label}: R gives ${expected}, found ${actual}`);
  const [a, e] = [actual as number, expected as number];
  assert.ok(
    Math.abs(a - e) <= tolerance * Math.max(1, Math.abs(e)),
    `${label}: R gives ${e}, found ${a} (difference ${a - e})`,
  );
}
