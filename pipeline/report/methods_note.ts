/**
 * The short methods note that closes the Results: each definition and CI method, with the
 * analysis plan's current choices filled in, so the note cannot drift from what was computed.
 *
 * @module
 */

import type { AnalysisPlan } from "../_shared/analysis_plan.ts";
import { monthYear } from "./words.ts";

const HEADLINE = {
  spss: "the SPSS-style symmetric interval (median ± z·SE, SE from Greenwood's variance and a " +
    "density estimate between the 45th and 55th percentiles; Collett)",
  log: "the log-transformed interval of R's survival package (print.survfit)",
  loglog: "the log-log interval of SAS PROC LIFETEST",
  plain: "the plain (linear) interval",
} as const;

/** Methods note as Markdown bullet points. */
export function methodsNote(plan: AnalysisPlan): string {
  const w = plan.eligibility.therapyWindow;
  const level = Math.round(plan.confidenceLevel * 100);
  const pfsDeath = plan.progressionFreeSurvival.deathIsEvent
    ? "progression or death without progression before the next line, whichever came first"
    : "progression (death without progression censors the line)";
  const bullets = [
    `**Population.** Molecularly confirmed clear cell sarcoma, locally advanced or metastatic, ` +
    `first line of systemic therapy for advanced disease started from ${monthYear(w.from)} to ` +
    `${monthYear(w.to)}; duplicates and patients referred between institutions counted once.`,
    `**Response.** RECIST 1.1 best overall response per line, derived from measurements where the ` +
    `site reported them, else from reported time-point responses, else the reported best response; ` +
    `stable disease counted only at ≥ ${plan.recist.minimumStableDiseaseDays} days from the start ` +
    `of the line; CR/PR confirmation ${
      plan.recist.confirmation
        ? `required (≥ ${plan.recist.minimumConfirmationDays} days)`
        : "not required (retrospective series)"
    }. Objective response: CR or PR; disease control: CR, PR or SD. Exact Clopper–Pearson ` +
    `${level}% CIs.`,
    `**Progression-free survival** of a line: from its start to ${pfsDeath}; otherwise censored ` +
    `at the last tumour assessment of the line.`,
    `**Overall survival**: from the ${
      plan.overallSurvival.origin === "advanced_diagnosis"
        ? "diagnosis of advanced (locally advanced or metastatic) disease"
        : "start of the first line"
    } to death from any cause; patients alive censored at last contact. Median follow-up by the ` +
    `reverse Kaplan–Meier method.`,
    `**Kaplan–Meier estimates** with Greenwood variance, times in whole days shown as months ` +
    `(days / ${plan.daysPerMonth}). Median: the smallest event time with survival ≤ 0.5. ` +
    `Headline ${level}% CI of a median: ${HEADLINE[plan.headlineCi]}; the R (log) and SAS ` +
    `(log-log) intervals are given beside it. A negative lower limit of a symmetric interval is ` +
    `shown as 0.`,
    `**Descriptive statistics**: medians and ranges (R type 7 quantiles); percentages of n rounded ` +
    `half up to integers.`,
  ];
  return bullets.map((b) => `- ${b}`).join("\n") + "\n";
}
