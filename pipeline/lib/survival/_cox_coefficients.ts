/**
 * What `summary.coxph` prints per coefficient, and the Wald test over all of them (the decisions
 * are listed in `cox.ts`): se = sqrt of the variance's diagonal, HR = exp(β), the interval
 * exp(β ± z·se), z = β/se with p = P(χ²(1) > z²) as R computes it, and the Wald statistic
 * β̂ᵀ V⁻ β̂ over the coefficients that are not aliased, as R's `coxph.wtest`.
 *
 * @module
 */

import { choleskyFactor, choleskySolve } from "../math/cholesky.ts";
import { chiSquareUpperTail } from "../math/chi_square_upper_tail.ts";
import type { CoxColumn } from "./_cox_design.ts";
import type { NewtonFit } from "./_cox_newton.ts";

/** One coefficient as `summary.coxph` prints it; every number NaN when `aliased`. */
export interface CoxCoefficient extends CoxColumn {
  beta: number;
  se: number;
  hazardRatio: number;
  /** exp(β − z·se) and exp(β + z·se) at `CoxResult.level`. */
  lower: number;
  upper: number;
  z: number;
  pValue: number;
  aliased: boolean;
}

/** β, se, HR, the Wald interval at critical value z, z and its p-value; NaN when aliased. */
export function coefficientSummary(
  column: CoxColumn,
  beta: number,
  variance: number,
  z: number,
  aliased: boolean,
): CoxCoefficient {
  if (aliased) {
    const nan = Number.NaN;
    return {
      ...column,
      beta: nan,
      se: nan,
      hazardRatio: nan,
      lower: nan,
      upper: nan,
      z: nan,
      pValue: nan,
      aliased,
    };
  }
  const se = Math.sqrt(variance);
  const wald = beta / se;
  return {
    ...column,
    beta,
    se,
    hazardRatio: Math.exp(beta),
    lower: Math.exp(beta - z * se),
    upper: Math.exp(beta + z * se),
    z: wald,
    pValue: chiSquareUpperTail(wald * wald, 1),
    aliased,
  };
}

/** β̂ᵀ V⁻ β̂ over the coefficients that are not aliased, as R's `coxph.wtest`. */
export function waldStatistic(fit: NewtonFit, aliased: readonly boolean[]): number {
  const kept = fit.beta.flatMap((_, i) => (aliased[i] ? [] : [i]));
  const beta = kept.map((i) => fit.beta[i]!);
  if (kept.length === 1) return beta[0]! * beta[0]! / fit.variance[kept[0]!]![kept[0]!]!;
  const factor = choleskyFactor(kept.map((i) => kept.map((j) => fit.variance[i]![j]!)));
  const solved = choleskySolve(factor, beta);
  return beta.reduce((sum, b, i) => sum + b * solved[i]!, 0);
}
