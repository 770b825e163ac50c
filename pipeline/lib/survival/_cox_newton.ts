/**
 * Newton–Raphson maximisation of the Cox partial likelihood from β = 0, step for step as
 * Therneau's `coxfit6` in R's survival package 3.5-3 (the version without trust regions), so that
 * iterates, iteration counts and warnings agree with R's `coxph`:
 *
 * - Covariates other than 0/1 (or −1/0/1) indicators are centred at their mean and scaled by
 *   n / Σ|x − mean| before fitting (R's `nocenter = c(-1, 0, 1)`); β, the score and the variance
 *   are scaled back at the end. Newton's method is unchanged by this in exact arithmetic; it
 *   keeps exp(xβ) in range.
 * - The score test is Uᵀ I⁻ U at β = 0, before the first step.
 * - Each iteration evaluates the likelihood at the proposed β. Converged when every value is
 *   finite and |1 − L_best / L_new| <= epsilon (1e-9), L_best the best log-likelihood so far.
 * - A proposal that lowers the likelihood (or gives a non-finite value) is not taken: the k-th
 *   consecutive failure moves it to (proposal + k·β) / (k + 1), a step-halving that grows more
 *   cautious each time. Otherwise β moves to the proposal and the next proposal is a full step.
 * - After `maxIterations` proposals without convergence the fit stops at the last accepted β
 *   (the last proposal, if it was an improvement).
 *   R's `coxfit6` then inverts an information matrix it has not factored first, so its variance
 *   for a non-converged fit is not the inverse information; here it is (compare R's `coxph` with
 *   `init = coef(fit)` and `iter.max = 0`). R reports iter = maxIterations + 1; here
 *   `iterations` = maxIterations and `converged` = false.
 *
 * @module
 */

import {
  type CholeskyFactor,
  choleskyFactor,
  choleskyInverse,
  choleskySolve,
} from "../math/cholesky.ts";
import { type CoxData, type CoxTies, partialLikelihood } from "./_cox_partial_likelihood.ts";

/** The fit on the covariates' own scale. */
export interface NewtonFit {
  beta: number[];
  /** Inverse information at β̂ (generalised: zero rows and columns for aliased coefficients). */
  variance: number[][];
  /** U(β̂), the score at the final β. */
  score: number[];
  logLikInitial: number;
  logLikFinal: number;
  scoreTest: number;
  /** Rank of the information at β̂: below the number of coefficients when some are aliased. */
  rank: number;
  iterations: number;
  converged: boolean;
  /** Column means used for centring (0 for indicators): the linear predictor is (x − mean)β. */
  means: number[];
}

/** Fit β by Newton–Raphson. `data.covariates` are on their own scale; they are not modified. */
export function newtonRaphson(
  data: CoxData,
  zeroOne: readonly boolean[],
  options: { ties: CoxTies; maxIterations: number; epsilon: number; tolerance: number },
): NewtonFit {
  const { ties, maxIterations, epsilon, tolerance } = options;
  const { scaled, means, scales } = centreAndScale(data, zeroOne);
  const p = scales.length;
  let beta = new Array<number>(p).fill(0);
  const initial = partialLikelihood(scaled, beta, ties);
  const initialFactor = choleskyFactor(initial.information, tolerance);
  const firstStep = choleskySolve(initialFactor, initial.score);
  const scoreTest = initial.score.reduce((sum, u, i) => sum + u * firstStep[i]!, 0);
  const unscale = (b: readonly number[], factor: CholeskyFactor, score: readonly number[]) => {
    const inverse = choleskyInverse(factor);
    return {
      beta: b.map((value, i) => value * scales[i]!),
      variance: inverse.map((row, i) => row.map((v, j) => v * scales[i]! * scales[j]!)),
      score: score.map((value, i) => value / scales[i]!),
      rank: factor.rank,
    };
  };

  let best = initial.logLik;
  let proposal = beta.map((b, i) => b + firstStep[i]!);
  let halving = 0;
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const current = partialLikelihood(scaled, proposal, ties);
    const factor = choleskyFactor(current.information, tolerance);
    const finite = Number.isFinite(current.logLik) && current.score.every(Number.isFinite) &&
      factor.factor.every((row) => row.every(Number.isFinite));
    if (finite && Math.abs(1 - best / current.logLik) <= epsilon) {
      return {
        ...unscale(proposal, factor, current.score),
        logLikInitial: initial.logLik,
        logLikFinal: current.logLik,
        scoreTest,
        iterations: iteration,
        converged: true,
        means,
      };
    }
    if (!finite || current.logLik < best) {
      halving++;
      proposal = proposal.map((b, i) => (b + halving * beta[i]!) / (halving + 1));
    } else {
      halving = 0;
      best = current.logLik;
      const step = choleskySolve(factor, current.score);
      beta = proposal;
      proposal = proposal.map((b, i) => b + step[i]!);
    }
  }
  const last = partialLikelihood(scaled, beta, ties);
  return {
    ...unscale(beta, choleskyFactor(last.information, tolerance), last.score),
    logLikInitial: initial.logLik,
    logLikFinal: last.logLik,
    scoreTest,
    iterations: maxIterations,
    converged: false,
    means,
  };
}

/** Centre and scale each non-indicator column as coxfit6 does (mean, then n / Σ|x − mean|). */
function centreAndScale(data: CoxData, zeroOne: readonly boolean[]) {
  const n = data.time.length;
  const means: number[] = [];
  const scales: number[] = [];
  const covariates = data.covariates.map((column, j) => {
    if (zeroOne[j]) {
      means.push(0);
      scales.push(1);
      return column;
    }
    let sum = 0;
    for (let i = 0; i < n; i++) sum += column[i]!;
    const mean = sum / n;
    const centred = column.map((value) => value - mean);
    let spread = 0;
    for (let i = 0; i < n; i++) spread += Math.abs(centred[i]!);
    const scale = spread > 0 ? n / spread : 1; // a constant column stays 0 (and is aliased)
    means.push(mean);
    scales.push(scale);
    return centred.map((value) => value * scale);
  });
  return { scaled: { ...data, covariates }, means, scales };
}
