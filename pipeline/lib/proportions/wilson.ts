/**
 * The Wilson score interval for a binomial proportion, without continuity correction: the
 * interval R's `prop.test(x, n, correct = FALSE)$conf.int` gives, with R's arithmetic (lower
 * exactly 0 when x = 0, upper exactly 1 when x = n). A secondary interval: tables must name it.
 *
 * Source: Wilson EB. Probable inference, the law of succession, and statistical inference. J Am
 * Stat Assoc 1927;22:209–212.
 *
 * @module
 */

import { zForLevel } from "../math/z_for_level.ts";
import { checkCounts } from "./_check_counts.ts";

/**
 * Wilson interval [lower, upper] for `successes` out of `trials`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { wilson } from "./wilson.ts";
 * assert.deepEqual(wilson(3, 10).map((p) => p.toFixed(4)), ["0.1078", "0.6032"]);
 * ```
 */
export function wilson(
  successes: number,
  trials: number,
  options: { level?: number } = {},
): [number, number] {
  checkCounts(successes, trials);
  const z = zForLevel(options.level);
  const estimate = successes / trials;
  const z22n = z * z / (2 * trials);
  const spread = z * Math.sqrt(estimate * (1 - estimate) / trials + z22n / (2 * trials));
  const lower = estimate <= 0 ? 0 : (estimate + z22n - spread) / (1 + 2 * z22n);
  const upper = estimate >= 1 ? 1 : (estimate + z22n + spread) / (1 + 2 * z22n);
  return [lower, upper];
}
