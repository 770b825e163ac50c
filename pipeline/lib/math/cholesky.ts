/**
 * A generalised Cholesky decomposition, A = L D Lᵀ with L unit lower triangular and D diagonal,
 * that tolerates singular (non-negative definite) matrices, with the solve and the inverse built
 * on it. The Cox fit needs it for the information matrix and the log-rank test for its variance
 * matrix; both can be singular for honest data (a covariate that never varies among subjects at
 * risk, a group whose only events empty its risk set).
 *
 * Decisions, as Therneau's `cholesky2`, `chsolve2` and `chinv2` in R's survival package, so that
 * the Cox fit and its tests agree with `coxph` even when the information is singular:
 * - A pivot below `tolerance` × the largest diagonal element (or not finite) marks its column as
 *   redundant: its D entry is set to 0 and the column takes no further part. `rank` counts the
 *   others. R's `coxph` uses tolerance = (machine epsilon)^0.75, about 1.8e-12, the default here.
 * - The solve sets the redundant components of the solution to 0, and the inverse has zero rows
 *   and columns for them: a generalised inverse, so that a quadratic form uᵀA⁻u measures u
 *   only along the directions that carry information.
 *
 * @module
 */

/** R's `coxph.control()$toler.chol`, .Machine$double.eps^0.75. */
export const CHOLESKY_TOLERANCE = Number.EPSILON ** 0.75;

/** L (strictly below the diagonal) and D (on it) in one square array, and the rank. */
export interface CholeskyFactor {
  factor: number[][];
  rank: number;
}

/**
 * Factor the symmetric matrix `matrix` (only its upper triangle and diagonal are read).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { choleskyFactor, choleskyInverse } from "./cholesky.ts";
 * const f = choleskyFactor([[4, 2], [2, 2]]);
 * assert.equal(f.rank, 2);
 * assert.deepEqual(choleskyInverse(f), [[0.5, -0.5], [-0.5, 1]]);
 * assert.equal(choleskyFactor([[1, 1], [1, 1]]).rank, 1);
 * ```
 */
export function choleskyFactor(
  matrix: readonly (readonly number[])[],
  tolerance: number = CHOLESKY_TOLERANCE,
): CholeskyFactor {
  const n = matrix.length;
  matrix.forEach((row, i) => {
    if (row.length !== n) {
      throw new RangeError(
        `Expected a square matrix but row ${i} has ${row.length} of ${n} columns`,
      );
    }
  });
  // The lower triangle is filled from the upper one, as R's routine does.
  const m = matrix.map((row, i) => row.map((_, j) => (j < i ? matrix[j]![i]! : row[j]!)));
  let largest = 0;
  for (let i = 0; i < n; i++) largest = Math.max(largest, m[i]![i]!);
  const threshold = largest > 0 ? largest * tolerance : tolerance;
  let rank = 0;
  for (let i = 0; i < n; i++) {
    const pivot = m[i]![i]!;
    if (!Number.isFinite(pivot) || pivot < threshold) {
      m[i]![i] = 0;
      continue;
    }
    rank++;
    for (let j = i + 1; j < n; j++) {
      const ratio = m[j]![i]! / pivot;
      m[j]![i] = ratio;
      m[j]![j]! -= ratio * ratio * pivot;
      for (let k = j + 1; k < n; k++) m[k]![j]! -= ratio * m[k]![i]!;
    }
  }
  return { factor: m, rank };
}

/** The solution b of A b = y (0 along redundant columns), from A's factor. */
export function choleskySolve({ factor: m }: CholeskyFactor, y: readonly number[]): number[] {
  const n = m.length;
  if (y.length !== n) throw new RangeError(`Expected ${n} right-hand sides but found ${y.length}`);
  const b = [...y];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) b[i]! -= b[j]! * m[i]![j]!;
  }
  for (let i = n - 1; i >= 0; i--) {
    if (m[i]![i] === 0) {
      b[i] = 0;
      continue;
    }
    let value = b[i]! / m[i]![i]!;
    for (let j = i + 1; j < n; j++) value -= b[j]! * m[j]![i]!;
    b[i] = value;
  }
  return b;
}

/** The (generalised) inverse of A, symmetric, from A's factor. */
export function choleskyInverse({ factor }: CholeskyFactor): number[][] {
  const m = factor.map((row) => [...row]);
  const n = m.length;
  // Invert L and D in place: L⁻¹ below the diagonal, D⁻¹ on it.
  for (let i = 0; i < n; i++) {
    if (!(m[i]![i]! > 0)) continue;
    m[i]![i] = 1 / m[i]![i]!;
    for (let j = i + 1; j < n; j++) {
      m[j]![i] = -m[j]![i]!;
      for (let k = 0; k < i; k++) m[j]![k]! += m[j]![i]! * m[i]![k]!;
    }
  }
  // A⁻¹ = L⁻ᵀ D⁻¹ L⁻¹, accumulated into the upper triangle.
  for (let i = 0; i < n; i++) {
    if (m[i]![i] === 0) {
      for (let j = 0; j < i; j++) m[j]![i] = 0;
      for (let j = i; j < n; j++) m[i]![j] = 0;
      continue;
    }
    for (let j = i + 1; j < n; j++) {
      const scaled = m[j]![i]! * m[j]![j]!;
      m[i]![j] = scaled;
      for (let k = i; k < j; k++) m[i]![k]! += scaled * m[j]![k]!;
    }
  }
  return m.map((row, i) => row.map((_, j) => (j < i ? m[j]![i]! : m[i]![j]!)));
}
