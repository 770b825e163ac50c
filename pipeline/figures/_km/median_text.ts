/**
 * The median survival of a curve with its confidence interval by the plan's headline method, in
 * months, as the captions print it ("15.2 months (95% CI 3.1–27.3)", or "not reached").
 *
 * @module
 */

import type { KaplanMeierFit } from "../../lib/survival/kaplan_meier.ts";
import { medianFromBand, type MedianWithCi } from "../../lib/survival/median_band.ts";
import { medianSpss } from "../../lib/survival/median_spss.ts";
import { fixed, percentLevel, type SurvivalFigureOptions } from "../_common/figure.ts";

/** Names of the CI methods as captions print them. */
export const CI_METHOD_NAMES: Record<SurvivalFigureOptions["headlineCi"], string> = {
  spss: "SPSS-style symmetric interval, median ± z × SE",
  log: "log transformation, as R's survfit",
  loglog: "log-log transformation, as SAS PROC LIFETEST",
  plain: "plain (linear) interval",
};

/** The median of `fit` (days) and its CI by the headline method, both in days. */
export function headlineMedian(
  fit: KaplanMeierFit,
  options: SurvivalFigureOptions,
): MedianWithCi {
  return options.headlineCi === "spss"
    ? medianSpss(fit, { level: options.level })
    : medianFromBand(fit, options.headlineCi, { level: options.level });
}

/** "15.2 months (95% CI 3.1–27.3)", "4.0 months (95% CI NE)" or "not reached". */
export function medianText(fit: KaplanMeierFit, options: SurvivalFigureOptions): string {
  const m = headlineMedian(fit, options);
  if (m.median === null) return "not reached";
  const months = (days: number | null) =>
    days === null ? null : Math.max(0, days) / options.daysPerMonth;
  const ci = m.lower === null && m.upper === null
    ? "NE"
    : `${fixed(months(m.lower), 1)}–${fixed(months(m.upper), 1)}`;
  return `${fixed(months(m.median), 1)} months (${percentLevel(options.level)} CI ${ci})`;
}
