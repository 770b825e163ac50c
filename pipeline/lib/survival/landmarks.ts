/**
 * Survival at fixed times (landmarks such as 12 and 24 months) with a pointwise confidence
 * interval, as R's `summary(fit, times = , extend = TRUE)` reports it:
 *
 * - S and the band are those of the last step at or before the landmark (right-continuous).
 * - nRisk is the number still followed at the landmark (follow-up >= landmark).
 * - Before the first step R adds a time-0 row with S = 1 and limits 1 to 1 (`survfit0`), so the
 *   limits there are 1 for every method, while at a later step where S is still 1 the log-log
 *   band is undefined (null), as in R.
 * - After the last step: S and limits of the last step, with nRisk 0 (R drops such times unless
 *   `extend = TRUE`).
 * - Limits R reports as NA or NaN are null.
 *
 * @module
 */

import { zForLevel } from "../math/z_for_level.ts";
import { bandLimits, type BandMethod, checkBandMethod } from "./_band_limits.ts";
import { type KaplanMeierFit, lastStepAtOrBefore, survivalAt } from "./kaplan_meier.ts";

/** One landmark: the time asked for, the number at risk, S and its CI (null: not estimable). */
export interface LandmarkSurvival {
  time: number;
  nRisk: number;
  survival: number;
  lower: number | null;
  upper: number | null;
}

/** Survival with a `method` band at each of `times`, in the order given. */
export function survivalAtLandmarks(
  fit: KaplanMeierFit,
  times: readonly number[],
  method: BandMethod,
  options: { level?: number } = {},
): LandmarkSurvival[] {
  checkBandMethod(method);
  const z = zForLevel(options.level);
  return times.map((time) => {
    const { survival, sigma, nRisk } = survivalAt(fit, time);
    const beforeFirstStep = lastStepAtOrBefore(fit.steps, time) < 0;
    const { lower, upper } = beforeFirstStep
      ? { lower: 1, upper: 1 }
      : bandLimits(survival, sigma, method, z);
    return { time, nRisk, survival, lower: orNull(lower), upper: orNull(upper) };
  });
}

function orNull(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}
