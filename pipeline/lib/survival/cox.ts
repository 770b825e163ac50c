/**
 * The Cox proportional hazards model, fitted and summarised as R's `summary(coxph(...))` prints
 * it: per coefficient β, se(β), HR = exp(β), the Wald interval exp(β ± z·se), z = β/se and its
 * p-value; the likelihood-ratio, Wald and score (log-rank) tests; n, events, iterations and the
 * log partial likelihood at β = 0 and at β̂ (Therneau & Grambsch, Modeling Survival Data, 2000,
 * chapter 3).
 *
 * Decisions:
 * - Ties: Efron by default, as R's `coxph`; Breslow on request. The fit is Newton–Raphson from
 *   β = 0 with R's stopping rule and step-halving (`_cox_newton.ts`).
 * - Factors use treatment contrasts against their first level, named in each coefficient's
 *   `reference` (`_cox_design.ts`). Times are compared exactly (R's `coxph` merges near-equal
 *   times first, `aeqSurv`): pass whole days.
 * - z uses zForLevel (1.959964 at 95%), as R. A coefficient's p-value is P(χ²(1) > z²), which is
 *   how `summary.coxph` computes it. The Wald test is β̂ᵀ V⁻ β̂; all three tests have as many
 *   degrees of freedom as there are coefficients that are not aliased.
 * - Aliased coefficients (a covariate constant among the subjects, a factor level with no
 *   subjects or none at risk at any event time, collinear columns): the information matrix is
 *   singular, R reports NA. Here every number of such a coefficient is NaN, `aliased` is true, its
 *   row and column of `variance` are 0 (as R's `var`), and an `aliased` warning names it.
 * - Monotone likelihood (for example a factor level with no events): the partial likelihood
 *   keeps rising as a β runs to ±infinity, so the fit stops where the log-likelihood no longer
 *   changes by 1e-9, with a large |β| and a huge se. R warns "Loglik converged before variable
 *   …; coefficient may be infinite" when |U(β̂)ᵀ V| > 1e-9 and > sqrt(1e-9)·|β|; here the same test
 *   gives an `infinite-coefficient` warning naming the coefficients. Their Wald intervals and
 *   tests are meaningless; the likelihood-ratio test still holds. A fit that uses up its
 *   iterations gives `not-converged` (`_cox_newton.ts` on how its variance differs from R's).
 * - No events at all: an error. Nothing is estimable (R returns an all-NA fit).
 *
 * @module
 */

import { CHOLESKY_TOLERANCE } from "../math/cholesky.ts";
import { DEFAULT_LEVEL, zForLevel } from "../math/z_for_level.ts";
import { type ChiSquareTest, chiSquareTest } from "./_chi_square_test.ts";
import { coefficientSummary, type CoxCoefficient, waldStatistic } from "./_cox_coefficients.ts";
import { buildDesign, type CoxTerm } from "./_cox_design.ts";
import { newtonRaphson } from "./_cox_newton.ts";
import type { CoxData, CoxTies } from "./_cox_partial_likelihood.ts";
import { type CoxWarning, coxWarnings } from "./_cox_warnings.ts";
import { checkSurvivalRecords, type SurvivalRecord } from "./kaplan_meier.ts";
import { timeOrder } from "./_time_order.ts";

export type { ChiSquareTest } from "./_chi_square_test.ts";
export type { CoxCoefficient } from "./_cox_coefficients.ts";
export type { CoxColumn, CoxTerm } from "./_cox_design.ts";
export type { CoxTies } from "./_cox_partial_likelihood.ts";
export type { CoxWarning } from "./_cox_warnings.ts";

/** A fitted Cox model. */
export interface CoxResult {
  ties: CoxTies;
  /** Confidence level of the intervals. */
  level: number;
  n: number;
  events: number;
  iterations: number;
  converged: boolean;
  /** Log partial likelihood at β = 0 and at β̂. */
  logLik: { initial: number; final: number };
  coefficients: CoxCoefficient[];
  /** Variance–covariance matrix of β̂ (inverse information), 0 for aliased coefficients. */
  variance: number[][];
  tests: { likelihoodRatio: ChiSquareTest; wald: ChiSquareTest; score: ChiSquareTest };
  warnings: CoxWarning[];
}

/** Options of the fit; defaults are R's `coxph` and `coxph.control()`. */
export interface CoxOptions {
  ties?: CoxTies;
  level?: number;
  maxIterations?: number;
  epsilon?: number;
}

/**
 * Fit a Cox model of `records` on `terms` (each with one value per record).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fitCox } from "./cox.ts";
 * // A: 1, 3+, 5 and B: 2, 4, 6+. Without ties the score test is the log-rank statistic, 32/433.
 * const records = [1, 3, 5, 2, 4, 6].map((time, i) => ({ time, event: i !== 1 && i !== 5 }));
 * const arm = ["A", "A", "A", "B", "B", "B"];
 * const fit = fitCox(records, [{ kind: "factor", name: "arm", values: arm }]);
 * assert.equal(fit.tests.score.statistic.toFixed(9), (32 / 433).toFixed(9));
 * assert.equal(fit.coefficients[0]!.label, "arm=B");
 * assert.equal(fit.coefficients[0]!.reference, "A");
 * assert.ok(fit.converged && fit.warnings.length === 0);
 * ```
 */
export function fitCox(
  records: readonly SurvivalRecord[],
  terms: readonly CoxTerm[],
  options: CoxOptions = {},
): CoxResult {
  const ties = options.ties ?? "efron";
  if (ties !== "efron" && ties !== "breslow") {
    throw new RangeError(`Expected ties "efron" or "breslow" but found ${JSON.stringify(ties)}`);
  }
  const level = options.level ?? DEFAULT_LEVEL;
  const z = zForLevel(level);
  const maxIterations = options.maxIterations ?? 20;
  if (!(Number.isInteger(maxIterations) && maxIterations >= 1)) {
    throw new RangeError(
      `Expected maxIterations to be a whole number >= 1 but found ${maxIterations}`,
    );
  }
  const epsilon = options.epsilon ?? 1e-9;
  if (!(epsilon > 0)) throw new RangeError(`Expected epsilon > 0 but found ${epsilon}`);
  checkSurvivalRecords(records);
  const events = records.filter((record) => record.event).length;
  if (events === 0) {
    throw new RangeError(
      `Expected at least one event to fit a Cox model but found none among ${records.length} subjects`,
    );
  }
  const design = buildDesign(terms, records.length);
  const fit = newtonRaphson(sortedData(records, design.columns), design.zeroOne, {
    ties,
    maxIterations,
    epsilon,
    tolerance: CHOLESKY_TOLERANCE,
  });
  const aliased = fit.variance.map((row, i) => fit.rank < fit.beta.length && row[i] === 0);
  const coefficients = design.descriptions.map((column, i) =>
    coefficientSummary(column, fit.beta[i]!, fit.variance[i]![i]!, z, aliased[i]!)
  );
  const df = aliased.filter((a) => !a).length;
  return {
    ties,
    level,
    n: records.length,
    events,
    iterations: fit.iterations,
    converged: fit.converged,
    logLik: { initial: fit.logLikInitial, final: fit.logLikFinal },
    coefficients,
    variance: fit.variance,
    tests: {
      likelihoodRatio: chiSquareTest(2 * (fit.logLikFinal - fit.logLikInitial), df),
      wald: chiSquareTest(waldStatistic(fit, aliased), df),
      score: chiSquareTest(fit.scoreTest, df),
    },
    warnings: coxWarnings(fit, design.columns, coefficients, epsilon),
  };
}

function sortedData(records: readonly SurvivalRecord[], columns: Float64Array[]): CoxData {
  const order = Array.from(timeOrder(Float64Array.from(records, (r) => r.time)));
  return {
    time: Float64Array.from(order, (i) => records[i]!.time),
    event: Uint8Array.from(order, (i) => (records[i]!.event ? 1 : 0)),
    covariates: columns.map((column) => Float64Array.from(order, (i) => column[i]!)),
  };
}
