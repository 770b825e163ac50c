/**
 * Median survival with the symmetric confidence interval SPSS prints (statistics.md method 1), the
 * form of the publication's intervals (4 [1–7], 15 [3–27] months).
 *
 * - Median t50: the smallest event time with S <= 0.5; no midpoint rule on a flat 0.5 (unlike R).
 *   null when S never reaches 0.5.
 * - SE(t50) = se(S(t50)) / f, with se(S) = S * sigma (Greenwood) and the density estimate
 *   f = (S(u) - S(l)) / (l - u) from the 55th and 45th percentiles (Collett, Modelling Survival
 *   Data in Medical Research, standard error of a percentile):
 *   u = the largest event time with S >= 0.55, or u = 0 with S(u) = 1 when there is none;
 *   l = the smallest event time with S <= 0.45; SE (and the CI) null when there is none.
 * - Only event times serve as t50, u and l: S changes only at events, so a censored time merely
 *   repeats the value of the event before it, and using it would move u later for no reason.
 * - Comparisons with 0.5, 0.55 and 0.45 allow sqrt(machine epsilon), as R's print.survfit does
 *   for 0.5, so that an S of exactly 0.5 computed as 0.5000000000000001 still counts.
 * - When S(t50) = 0 (everyone left at risk has the event), Greenwood's variance S^2 * sum is
 *   0 * Infinity: undefined, so SE and the CI are null (not estimable). Taking a limit of 0
 *   instead would print a single patient's time as "1.9 (1.9–1.9)", a certainty the data do not
 *   have.
 * - CI = t50 ± z * SE with z = normalQuantile(1 - (1 - level) / 2) = 1.959964 at 95%, where SPSS
 *   uses 1.96: the limits move by 3.6e-5 SE, nothing at the paper's whole-month precision. The
 *   lower limit is not clipped at 0: it is reported as computed (a caller may clip for display).
 *
 * @module
 */

import { zForLevel } from "../math/z_for_level.ts";
import type { KaplanMeierFit, KaplanMeierStep } from "./kaplan_meier.ts";
import type { MedianWithCi } from "./median_band.ts";

const TOLERANCE = Math.sqrt(Number.EPSILON);

/**
 * The SPSS-style median, its standard error and symmetric CI.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fitKaplanMeier } from "./kaplan_meier.ts";
 * import { medianSpss } from "./median_spss.ts";
 * const fit = fitKaplanMeier([1, 2, 3, 4].map((time) => ({ time, event: true })));
 * assert.equal(medianSpss(fit).median, 2);
 * ```
 */
export function medianSpss(
  fit: KaplanMeierFit,
  options: { level?: number } = {},
): MedianWithCi & { se: number | null } {
  const z = zForLevel(options.level);
  const events = fit.steps.filter((step) => step.nEvent > 0);
  const median = events.find((step) => step.survival <= 0.5 + TOLERANCE);
  if (median === undefined) return { median: null, lower: null, upper: null, se: null };
  const l = events.find((step) => step.survival <= 0.45 + TOLERANCE);
  if (l === undefined) return { median: median.time, lower: null, upper: null, se: null };
  const u: Pick<KaplanMeierStep, "time" | "survival"> =
    events.findLast((step) => step.survival >= 0.55 - TOLERANCE) ?? { time: 0, survival: 1 };
  const density = (u.survival - l.survival) / (l.time - u.time);
  if (median.survival === 0) return { median: median.time, lower: null, upper: null, se: null };
  const se = median.survival * median.sigma / density;
  return { median: median.time, lower: median.time - z * se, upper: median.time + z * se, se };
}
