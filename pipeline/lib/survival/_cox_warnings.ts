/**
 * The warnings R's `coxph.fit` gives, as structured values naming the coefficients concerned
 * (the decisions are listed in `cox.ts`):
 * - `not-converged`: the iterations ran out ("Ran out of iterations and did not converge"), with
 *   "one or more coefficients may be infinite" when the largest linear predictor exceeds 500.
 * - `infinite-coefficient`: converged, but |U(β̂)ᵀ V|_j > epsilon and > sqrt(epsilon)·|β_j| for
 *   some j ("Loglik converged before variable j; coefficient may be infinite"): the step Newton
 *   would still take is large next to β, the mark of a monotone likelihood.
 * - `aliased`: coefficients with a singular information (R reports them as NA, silently).
 *
 * @module
 */

import type { CoxCoefficient } from "./_cox_coefficients.ts";
import type { NewtonFit } from "./_cox_newton.ts";

/** A fit R would warn about; the numbers are still as documented. */
export interface CoxWarning {
  code: "infinite-coefficient" | "not-converged" | "aliased";
  /** The coefficients concerned, by label ("sex=2"); empty when it concerns the whole fit. */
  coefficients: string[];
  message: string;
}

/** R's `coxph.fit` warnings, with the coefficients they concern. */
export function coxWarnings(
  fit: NewtonFit,
  columns: readonly Float64Array[],
  coefficients: readonly CoxCoefficient[],
  epsilon: number,
): CoxWarning[] {
  const warnings: CoxWarning[] = [];
  const aliased = coefficients.filter((c) => c.aliased).map((c) => c.label);
  if (aliased.length > 0) {
    warnings.push({
      code: "aliased",
      coefficients: aliased,
      message:
        `${aliased.join(", ")}: singular information (no variation among subjects at risk, ` +
        `or collinear with other columns); not estimated`,
    });
  }
  // |U(β̂)ᵀ V| per coefficient: how far β would still move if the likelihood were not flat.
  const drift = fit.beta.map((_, j) =>
    Math.abs(fit.score.reduce((sum, u, i) => sum + u * fit.variance[i]![j]!, 0))
  );
  if (!fit.converged) {
    const maxPredictor = maxLinearPredictor(fit, columns);
    const infinite = maxPredictor > 500 || drift.some((d) => !Number.isFinite(d));
    warnings.push({
      code: "not-converged",
      coefficients: [],
      message: `Ran out of iterations (${fit.iterations}) and did not converge` +
        (infinite ? "; one or more coefficients may be infinite" : ""),
    });
    return warnings;
  }
  const tolerance = Math.sqrt(epsilon);
  const infinite = coefficients.filter((_, j) =>
    !Number.isFinite(fit.score[j]!) ||
    (drift[j]! > epsilon && drift[j]! > tolerance * Math.abs(fit.beta[j]!))
  ).map((c) => c.label);
  if (infinite.length > 0) {
    warnings.push({
      code: "infinite-coefficient",
      coefficients: infinite,
      message:
        `The log-likelihood converged before ${infinite.join(", ")}: the coefficient may be ` +
        `infinite (monotone likelihood, for example a group without events); its Wald interval ` +
        `and test are not meaningful`,
    });
  }
  return warnings;
}

function maxLinearPredictor(fit: NewtonFit, columns: readonly Float64Array[]): number {
  let max = -Infinity;
  const n = columns[0]?.length ?? 0;
  for (let i = 0; i < n; i++) {
    let eta = 0;
    columns.forEach((column, j) => (eta += fit.beta[j]! * (column[i]! - fit.means[j]!)));
    max = Math.max(max, eta);
  }
  return max;
}
