/**
 * Median survival with the confidence interval R's `survfit` prints, for the three band methods
 * of R's `conf.type`: "log" (R's default), "loglog" (SAS PROC LIFETEST and lifelines) and "plain"
 * (statistics.md methods 2–4). The median is read off the curve and each limit off the matching
 * pointwise band by the `print.survfit` rule (see `_first_below_half.ts`): the lower limit from
 * the lower band, the upper limit from the upper band, null where a band never reaches 0.5.
 * z = normalQuantile(1 - (1 - level) / 2), as R.
 *
 * @module
 */

import { zForLevel } from "../math/z_for_level.ts";
import { bandLimits, type BandMethod, checkBandMethod } from "./_band_limits.ts";
import { firstBelowHalf } from "./_first_below_half.ts";
import type { KaplanMeierFit } from "./kaplan_meier.ts";

export type { BandMethod } from "./_band_limits.ts";

/** A median and its confidence limits; null where not estimable. */
export interface MedianWithCi {
  median: number | null;
  lower: number | null;
  upper: number | null;
}

/**
 * The pointwise band at every step of `fit`, as R's `survfit` `lower` and `upper`. Limits R leaves
 * as NA (log and plain once S = 0; log-log while S = 1 and once S = 0) are NaN: filter them with
 * `Number.isFinite` when drawing.
 */
export function confidenceBand(
  fit: KaplanMeierFit,
  method: BandMethod,
  options: { level?: number } = {},
): { time: number; lower: number; upper: number }[] {
  checkBandMethod(method);
  const z = zForLevel(options.level);
  return fit.steps.map((step) => ({
    time: step.time,
    ...bandLimits(step.survival, step.sigma, method, z),
  }));
}

/**
 * The median and its CI as R's `print.survfit` reports them for `conf.type = method`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fitKaplanMeier } from "./kaplan_meier.ts";
 * import { medianFromBand } from "./median_band.ts";
 * const fit = fitKaplanMeier([1, 2, 3, 4].map((time) => ({ time, event: true })));
 * assert.equal(medianFromBand(fit, "log").median, 2.5); // S = 0.5 exactly on [2, 3)
 * ```
 */
export function medianFromBand(
  fit: KaplanMeierFit,
  method: BandMethod,
  options: { level?: number } = {},
): MedianWithCi {
  const band = confidenceBand(fit, method, options);
  const times = fit.steps.map((step) => step.time);
  return {
    median: firstBelowHalf(times, fit.steps.map((step) => step.survival)),
    lower: firstBelowHalf(times, band.map((limits) => limits.lower)),
    upper: firstBelowHalf(times, band.map((limits) => limits.upper)),
  };
}
