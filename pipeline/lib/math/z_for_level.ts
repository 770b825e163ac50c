/**
 * The two-sided normal critical value for a confidence level, shared by every interval in the
 * statistics library so that all of them validate `level` the same way.
 *
 * Choice: z = normalQuantile(1 - (1 - level) / 2), 1.9599639845400536 at the default 0.95, as R
 * computes it, not the rounded 1.96 that SPSS prints with. The two differ by 3.6e-5 standard
 * errors, which cannot move a limit reported to whole months unless it lies within a few
 * millionths of a rounding boundary (see tests/lib/survival/median_spss_test.ts).
 *
 * @module
 */

import { normalQuantile } from "./normal_quantile.ts";

/** The default confidence level of every interval in the library. */
export const DEFAULT_LEVEL = 0.95;

/** z such that a standard normal lies within ±z with probability `level` (0 < level < 1). */
export function zForLevel(level: number = DEFAULT_LEVEL): number {
  if (!(level > 0 && level < 1)) {
    throw new RangeError(`Expected a confidence level strictly between 0 and 1 but found ${level}`);
  }
  return normalQuantile(1 - (1 - level) / 2);
}
