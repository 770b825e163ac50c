/**
 * A chi-square test as the comparative statistics report it: the statistic, its degrees of
 * freedom and the upper-tail p-value. With 0 degrees of freedom there is no test (R prints p = 1
 * for `pchisq(0, 0, lower.tail = FALSE)`); the p-value is then null, so that a report cannot print
 * a p-value for a comparison that was not made.
 *
 * @module
 */

import { chiSquareUpperTail } from "../math/chi_square_upper_tail.ts";

/** A statistic, its degrees of freedom, and P(χ²(df) > statistic); null when df = 0. */
export interface ChiSquareTest {
  statistic: number;
  df: number;
  pValue: number | null;
}

/** The test of `statistic` on `df` degrees of freedom. */
export function chiSquareTest(statistic: number, df: number): ChiSquareTest {
  return { statistic, df, pValue: df >= 1 ? chiSquareUpperTail(statistic, df) : null };
}
