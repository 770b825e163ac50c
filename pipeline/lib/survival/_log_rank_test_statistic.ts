/**
 * The log-rank statistic from the summed O, E and V, and the warnings about groups that take no
 * part in it (the decisions are listed in `log_rank.ts`): groups with E = 0 are left out, the
 * first remaining group is dropped (its O − E is minus the sum of the others'), and the
 * quadratic form uses the generalised inverse of `cholesky.ts`, so that a singular V gives a
 * test on its rank rather than an error.
 *
 * @module
 */

import { choleskyFactor, choleskySolve } from "../math/cholesky.ts";
import { type ChiSquareTest, chiSquareTest } from "./_chi_square_test.ts";

/** One row of R's `print.survdiff` table. */
export interface LogRankGroup {
  level: string;
  /** Subjects in the group. */
  n: number;
  /** Observed events, O. */
  observed: number;
  /** Expected events under equal hazards, E. */
  expected: number;
  /** (O − E)² / E; NaN when E = 0. */
  deviationOverExpected: number;
  /** (O − E)² / V, with V the group's own variance (the diagonal of `variance`). */
  deviationOverVariance: number;
}

/** Something about the data that limits the test; the result is still as documented. */
export interface LogRankWarning {
  code: "empty-group" | "not-at-risk" | "no-test" | "singular-variance";
  levels: string[];
  message: string;
}

/** Warnings about groups without subjects or never at risk at an event time. */
export function groupWarnings(rows: readonly LogRankGroup[]): LogRankWarning[] {
  const warnings: LogRankWarning[] = [];
  const empty = rows.filter((row) => row.n === 0).map((row) => row.level);
  if (empty.length > 0) {
    warnings.push({
      code: "empty-group",
      levels: empty,
      message: `No subjects in ${empty.join(", ")}: listed with zero counts, not tested`,
    });
  }
  const notAtRisk = rows.filter((row) => row.n > 0 && row.expected === 0).map((row) => row.level);
  if (notAtRisk.length > 0) {
    warnings.push({
      code: "not-at-risk",
      levels: notAtRisk,
      message: `No subject of ${notAtRisk.join(", ")} is at risk at any event time (expected ` +
        `events 0): left out of the test and its degrees of freedom`,
    });
  }
  return warnings;
}

/** (O − E)ᵀ V⁻ (O − E) over the groups with E > 0 but the first of them. */
export function testStatistic(
  rows: readonly LogRankGroup[],
  variance: readonly (readonly number[])[],
): { test: ChiSquareTest; warning?: LogRankWarning } {
  const tested = rows.flatMap((row, g) => (row.expected > 0 ? [g] : []));
  if (tested.length < 2) {
    return {
      test: chiSquareTest(0, 0),
      warning: {
        code: "no-test",
        levels: tested.map((g) => rows[g]!.level),
        message: `Fewer than two groups have expected events (${tested.length}): no test`,
      },
    };
  }
  const kept = tested.slice(1);
  const deviation = kept.map((g) => rows[g]!.observed - rows[g]!.expected);
  const factor = choleskyFactor(kept.map((g) => kept.map((h) => variance[g]![h]!)));
  const solved = choleskySolve(factor, deviation);
  const statistic = deviation.reduce((sum, d, i) => sum + d * solved[i]!, 0);
  const test = chiSquareTest(statistic, factor.rank);
  if (factor.rank === kept.length) return { test };
  return {
    test,
    warning: {
      code: "singular-variance",
      levels: tested.map((g) => rows[g]!.level),
      message: `The variance matrix of the ${tested.length} groups tested has rank ` +
        `${factor.rank}, not ${kept.length}: the statistic uses its generalised inverse on ` +
        `${factor.rank} degrees of freedom`,
    },
  };
}
