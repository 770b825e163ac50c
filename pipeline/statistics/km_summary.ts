/**
 * A Kaplan–Meier summary as `stats.json` holds it: counts, the median with its 95% CI by the four
 * methods of the statistics spec, and landmark survival. Times are fitted in exact whole days and
 * converted to months only here, for display (so no near-tie problem can arise from the
 * conversion).
 *
 * @module
 */

import { fitKaplanMeier, type SurvivalRecord } from "../lib/survival/kaplan_meier.ts";
import { medianSpss } from "../lib/survival/median_spss.ts";
import { type BandMethod, medianFromBand } from "../lib/survival/median_band.ts";
import { survivalAtLandmarks } from "../lib/survival/landmarks.ts";
import { roundHalfUp } from "../lib/numbers/rounding.ts";

/** A confidence interval, or null when not estimable. */
export type Interval = [number | null, number | null] | null;

/** Kaplan–Meier summary in months. */
export interface KmSummary {
  n: number;
  events: number;
  /** Smallest event time with S <= 0.5 (the SPSS rule, no midpoint), months. */
  median: number | null;
  /** The median as R's print.survfit gives it (midpoint rule on a flat 0.5), months. */
  median_r: number | null;
  ci: { spss: Interval; log: Interval; loglog: Interval; plain: Interval };
  /** Standard error of the SPSS-style median, months. */
  se_spss: number | null;
  landmarks: Record<
    string,
    { n_risk: number; survival: number; lower: number | null; upper: number | null }
  >;
}

/** Options: months convention, confidence level and landmark months, from the plan. */
export interface KmOptions {
  daysPerMonth: number;
  level: number;
  landmarkMonths: readonly number[];
}

const MONTH_DIGITS = 4;
const PROBABILITY_DIGITS = 4;

/** Summarises survival `records` (times in days). */
export function summariseKaplanMeier(
  records: readonly SurvivalRecord[],
  options: KmOptions,
): KmSummary {
  const fit = fitKaplanMeier(records);
  const level = { level: options.level };
  const months = (days: number | null) =>
    days === null ? null : roundHalfUp(days / options.daysPerMonth, MONTH_DIGITS);
  const interval = (lower: number | null, upper: number | null): Interval =>
    lower === null && upper === null ? null : [months(lower), months(upper)];
  const spss = medianSpss(fit, level);
  const band = (method: BandMethod) => {
    const m = medianFromBand(fit, method, level);
    return { median: m.median, ci: m.median === null ? null : interval(m.lower, m.upper) };
  };
  const log = band("log");
  const probability = (p: number | null) => p === null ? null : roundHalfUp(p, PROBABILITY_DIGITS);
  const landmarkDays = options.landmarkMonths.map((m) => m * options.daysPerMonth);
  const landmarks = survivalAtLandmarks(fit, landmarkDays, "log", level);
  return {
    n: fit.n,
    events: fit.events,
    median: months(spss.median),
    median_r: months(log.median),
    ci: {
      spss: spss.median === null ? null : interval(spss.lower, spss.upper),
      log: log.ci,
      loglog: band("loglog").ci,
      plain: band("plain").ci,
    },
    se_spss: months(spss.se),
    landmarks: Object.fromEntries(
      landmarks.map((l, i) => [String(options.landmarkMonths[i]), {
        n_risk: l.nRisk,
        survival: roundHalfUp(l.survival, PROBABILITY_DIGITS),
        lower: probability(l.lower),
        upper: probability(l.upper),
      }]),
    ),
  };
}
