/**
 * A Kaplan–Meier summary as `stats.json` holds it: counts, the median by both rules (the plan's
 * `medianRule` picks `median`), its CI by the four methods of the statistics spec (the SPSS-style
 * interval is centred on the SPSS median), landmark survival, and the events and censorings by
 * reason. A group smaller than the plan's minimum is computed but flagged as not `reported`.
 * Times are fitted in exact whole days and converted to months only here, for display (so no
 * near-tie problem can arise from the conversion).
 *
 * @module
 */

import type { AdtteRecord } from "../_shared/contracts/adam_records.ts";
import { descriptionKey, type Interval, type KmSummary } from "../_shared/contracts/stats.ts";
import { fitKaplanMeier } from "../lib/survival/kaplan_meier.ts";
import { medianSpss } from "../lib/survival/median_spss.ts";
import { type BandMethod, medianFromBand } from "../lib/survival/median_band.ts";
import { survivalAtLandmarks } from "../lib/survival/landmarks.ts";
import { roundHalfUp } from "../lib/numbers/rounding.ts";

/** Options: months convention, confidence level and landmark months, from the plan. */
export interface KmOptions {
  daysPerMonth: number;
  level: number;
  landmarkMonths: readonly number[];
  medianRule: "first_at_or_below_half" | "midpoint";
  minimumGroupSize: number;
}

const MONTH_DIGITS = 4;
const PROBABILITY_DIGITS = 4;

/** Summarises the ADTTE `records` of one group (times in days). */
export function summariseKaplanMeier(
  records: readonly AdtteRecord[],
  options: KmOptions,
): KmSummary {
  const fit = fitKaplanMeier(records.map((r) => ({ time: r.days, event: r.event })));
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
  const [first, midpoint] = [months(spss.median), months(log.median)];
  return {
    n: fit.n,
    events: fit.events,
    censored: fit.n - fit.events,
    median: options.medianRule === "midpoint" ? midpoint : first,
    median_spss: first,
    median_r: midpoint,
    median_rules_differ: first !== midpoint,
    reported: fit.n >= options.minimumGroupSize,
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
    events_by: countBy(records.filter((r) => r.event).map((r) => descriptionKey(r.description))),
    censored_by: countBy(
      records.filter((r) => !r.event).map((r) => descriptionKey(r.description)),
    ),
  };
}

/** Counts of each value, keys sorted. */
function countBy(values: readonly string[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return Object.fromEntries([...counts].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
