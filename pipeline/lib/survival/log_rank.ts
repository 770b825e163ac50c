/**
 * The k-group log-rank test, as R's `survival::survdiff(Surv(time, event) ~ group)` with rho = 0
 * (Mantel–Haenszel weights; Therneau & Grambsch, Modeling Survival Data, 2000, section 3.3).
 *
 * At each distinct event time t, with d_t events among n_t subjects at risk and n_gt of them in
 * group g, the expected events of group g are d_t n_gt / n_t and the hypergeometric covariance of
 * groups g and h is d_t (n_t − d_t) / (n_t (n_t − 1)) · n_gt (δ_gh n_t − n_ht) / n_t (nothing
 * when n_t = 1). O − E and V are summed over event times; the statistic is (O − E)ᵀ V⁻¹ (O − E)
 * over all groups but the first, a chi-square with (groups − 1) degrees of freedom.
 *
 * Decisions:
 * - Ties: all events at a time are counted together, and a subject censored at an event time is
 *   still at risk for it. Times are compared exactly (R's `survdiff` first merges times that
 *   differ only in the last bits, `aeqSurv`); pass whole days, as the pipeline does.
 * - Groups come in the order of `levels` (default: sorted distinct values, see
 *   `_factor_levels.ts`), so the table's rows are stable.
 * - Fewer than two groups with subjects: an error, as R ("There is only 1 group").
 * - A given level with no subjects: R drops it; here it keeps its row (N = 0, every count 0) and
 *   an `empty-group` warning, so a table still has one row per level. It takes no part in the test.
 * - A group with subjects but none at risk at any event time (E = 0): left out of the test and
 *   its degree of freedom, as R does silently; here with a `not-at-risk` warning. Its (O − E)²/E
 *   is NaN (0/0), as R prints it.
 * - Fewer than two groups with E > 0 (for example every subject censored): no test. R returns
 *   chi-square 0 with p = 1 (or NaN on −1 df when all are censored); here chi-square 0, df 0,
 *   p-value null and a `no-test` warning.
 * - A singular variance matrix among the tested groups: R stops with "system is exactly
 *   singular". Every tested group is at risk at the first event time, where it adds a full-rank
 *   term unless that time empties the risk set (d_t = n_t, everyone left has the event at once),
 *   so in practice V is then 0. Here the statistic uses the generalised inverse of `cholesky.ts`
 *   (pivots below 1.8e-12 of the largest variance count as 0), df is the rank of V, the p-value
 *   is null if the rank is 0, and a `singular-variance` warning says so.
 *
 * @module
 */

import type { ChiSquareTest } from "./_chi_square_test.ts";
import { codeFactor } from "./_factor_levels.ts";
import {
  groupWarnings,
  type LogRankGroup,
  type LogRankWarning,
  testStatistic,
} from "./_log_rank_test_statistic.ts";
import { checkSurvivalRecords, type SurvivalRecord } from "./kaplan_meier.ts";

export type { ChiSquareTest } from "./_chi_square_test.ts";
export type { LogRankGroup, LogRankWarning } from "./_log_rank_test_statistic.ts";

/** The log-rank comparison of k groups. */
export interface LogRankResult {
  n: number;
  events: number;
  groups: LogRankGroup[];
  /** The k × k hypergeometric variance–covariance matrix of O − E, in level order. */
  variance: number[][];
  /** Chi-square with (groups tested − 1) degrees of freedom; p-value null when there is no test. */
  test: ChiSquareTest;
  warnings: LogRankWarning[];
}

/**
 * Compare survival between groups: `groups[i]` is the group of `records[i]`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { logRank } from "./log_rank.ts";
 * const records = [1, 2, 3, 4].map((time) => ({ time, event: true }));
 * const result = logRank(records, ["a", "a", "b", "b"]);
 * // E of a: 2/4 at time 1 plus 1/3 at time 2; V: 2·2·3/(4·4·3) + 1·2·2/(3·3·2) = 17/36.
 * assert.equal(result.groups[0]!.expected.toFixed(6), (2 / 4 + 1 / 3).toFixed(6));
 * assert.equal(result.test.statistic.toFixed(6), ((2 - 5 / 6) ** 2 / (17 / 36)).toFixed(6));
 * assert.equal(result.test.df, 1);
 * ```
 */
export function logRank(
  records: readonly SurvivalRecord[],
  groups: readonly string[],
  options: { levels?: readonly string[] } = {},
): LogRankResult {
  checkSurvivalRecords(records);
  if (groups.length !== records.length) {
    throw new RangeError(
      `Expected one group per record (${records.length}) but found ${groups.length}`,
    );
  }
  const { levels, codes } = codeFactor(groups, options.levels, "group");
  const sums = accumulate(records, codes, levels.length);
  const sizes = new Array<number>(levels.length).fill(0);
  for (const code of codes) sizes[code]!++;
  const withSubjects = levels.filter((_, g) => sizes[g]! > 0);
  if (withSubjects.length < 2) {
    throw new RangeError(
      `Expected at least two groups with subjects but found ${withSubjects.length} (${
        JSON.stringify(withSubjects)
      })`,
    );
  }
  const { observed, expected, variance } = sums;
  const rows = levels.map((level, g): LogRankGroup => {
    const deviation = (observed[g]! - expected[g]!) ** 2;
    return {
      level,
      n: sizes[g]!,
      observed: observed[g]!,
      expected: expected[g]!,
      deviationOverExpected: deviation / expected[g]!,
      deviationOverVariance: deviation / variance[g]![g]!,
    };
  });
  const warnings = groupWarnings(rows);
  const { test, warning } = testStatistic(rows, variance);
  if (warning) warnings.push(warning);
  return {
    n: records.length,
    events: observed.reduce((sum, o) => sum + o, 0),
    groups: rows,
    variance,
    test,
    warnings,
  };
}

/** O, E and V summed over event times, walking back from the last time as R's survdiff2.c. */
function accumulate(records: readonly SurvivalRecord[], codes: Int32Array, k: number) {
  const order = records.map((_, i) => i).sort((a, b) => records[a]!.time - records[b]!.time);
  const observed = new Array<number>(k).fill(0);
  const expected = new Array<number>(k).fill(0);
  const variance = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const risk = new Array<number>(k).fill(0);
  for (let i = order.length - 1; i >= 0;) {
    const time = records[order[i]!]!.time;
    let deaths = 0;
    for (; i >= 0 && records[order[i]!]!.time === time; i--) {
      const g = codes[order[i]!]!;
      risk[g]!++;
      if (records[order[i]!]!.event) {
        deaths++;
        observed[g]!++;
      }
    }
    if (deaths === 0) continue;
    const atRisk = order.length - (i + 1); // everyone from this time on
    for (let g = 0; g < k; g++) expected[g]! += deaths * risk[g]! / atRisk;
    if (atRisk === 1) continue; // one subject at risk: no variance
    for (let g = 0; g < k; g++) {
      const share = deaths * risk[g]! * (atRisk - deaths) / (atRisk * (atRisk - 1));
      variance[g]![g]! += share;
      for (let h = 0; h < k; h++) variance[g]![h]! -= share * risk[h]! / atRisk;
    }
  }
  return { observed, expected, variance };
}
