/**
 * The words in which outputs describe the analysis plan's choices: the confidence level, the CI
 * methods, the origin of overall survival, confirmation of responses, the months convention. Every
 * caption, title, table note, dataset label and methods sentence takes these words from here, so
 * that a change of the plan changes every sentence that depends on it.
 *
 * @module
 */

import type { AnalysisPlan } from "./analysis_plan.ts";
import type { CiMethod } from "./contracts/stats.ts";
import { type Prose, prose } from "./prose/inline.ts";

/** The confidence level as printed: 0.95 -> "95%", 0.975 -> "97.5%". */
export function levelText(level: number): string {
  return `${Number((level * 100).toFixed(1))}%`;
}

/** How each median-CI method is named: in a parenthesis beside a number, and in a sentence. */
export const CI_METHOD_WORDS: Readonly<Record<CiMethod, { short: string; long: string }>> = {
  spss: {
    short: "SPSS-style symmetric",
    long: "the SPSS-style symmetric interval (median ± z·SE, SE from Greenwood's variance and a " +
      "density estimate between the 45th and 55th percentiles; Collett)",
  },
  log: {
    short: "R (log)",
    long: "the log-transformed interval of R's survival package (print.survfit)",
  },
  loglog: {
    short: "SAS (log-log)",
    long: "the log-log interval of SAS PROC LIFETEST",
  },
  plain: { short: "plain", long: "the plain (linear) interval" },
};

/** The pointwise band methods, as a caption names the transformation. */
export const BAND_WORDS: Readonly<Record<"log" | "loglog" | "plain", string>> = {
  log: "log transformation, as R's survfit",
  loglog: "log-log transformation, as SAS PROC LIFETEST",
  plain: "no transformation",
};

/** Words for the origin of overall survival. */
export interface OsOriginWords {
  /** "the diagnosis of advanced disease": what time is counted from. */
  event: string;
  /** Title and parameter: "Overall survival from the diagnosis of advanced disease". */
  title: string;
  /** Time-axis label: "Months since diagnosis of advanced disease". */
  axis: string;
}

/** The origin of overall survival as the plan sets it. */
export function osOriginWords(plan: Pick<AnalysisPlan, "overallSurvival">): OsOriginWords {
  const event = plan.overallSurvival.origin === "advanced_diagnosis"
    ? "the diagnosis of advanced disease"
    : "the start of the first line of systemic therapy";
  const since = plan.overallSurvival.origin === "advanced_diagnosis"
    ? "diagnosis of advanced disease"
    : "start of the first line";
  return { event, title: `Overall survival from ${event}`, axis: `Months since ${since}` };
}

/** "CR and PR without confirmation" or "CR and PR confirmed at ≥ 28 days". */
export function confirmationWords(plan: Pick<AnalysisPlan, "recist">): string {
  return plan.recist.confirmation
    ? `CR and PR confirmed by a later assessment at least ${plan.recist.minimumConfirmationDays} days on`
    : "CR and PR without confirmation, as the analysis plan sets for a retrospective series";
}

/** "Months = days / 30.4375.", the divisor a value of the plan. */
export function monthsWords(plan: Pick<AnalysisPlan, "daysPerMonth">): Prose {
  const divisor = { id: "plan:daysPerMonth", format: "text", text: String(plan.daysPerMonth) };
  return prose`Months = days / ${divisor}.`;
}
