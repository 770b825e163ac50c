/**
 * The analysis plan: every choice an analyst may change, read from `pipeline/analysis-plan.json`
 * (or `--plan FILE`) and validated before any stage uses it. Each option is documented here, next
 * to its check; `docs()` renders the same text for the report's methods note.
 *
 * @module
 */

import { isIsoDate } from "./dates.ts";
import { PipelineError } from "./stage.ts";

/** The validated plan. */
export interface AnalysisPlan {
  eligibility: { therapyWindow: { from: string; to: string } };
  overallSurvival: { origin: "advanced_diagnosis" | "first_line_start" };
  progressionFreeSurvival: {
    deathIsEvent: boolean;
    censorWithoutAssessment: "line_end" | "line_start";
    censorAt: "last_assessment" | "last_adequate_assessment";
    eventsAfterNextLine: "censor" | "count" | "count_progression_only";
  };
  recist: {
    minimumStableDiseaseDays: number;
    confirmation: boolean;
    minimumConfirmationDays: number;
  };
  daysPerMonth: number;
  confidenceLevel: number;
  headlineCi: "spss" | "log" | "loglog" | "plain";
  medianRule: "first_at_or_below_half" | "midpoint";
  comparativeSurvival: { ageCutoffYears: number };
  minimumGroupSizeForEstimates: number;
  landmarkMonths: number[];
  minimumClassSizeForFigures: number;
  certificate: "enforce" | "record";
}

type Check = (value: unknown) => string | undefined;

const isoDate: Check = (v) =>
  typeof v === "string" && isIsoDate(v) ? undefined : "a date as YYYY-MM-DD";
const oneOf = (...options: string[]): Check => (v) =>
  typeof v === "string" && options.includes(v)
    ? undefined
    : `one of ${options.map((o) => `"${o}"`).join(", ")}`;
const boolean: Check = (v) => typeof v === "boolean" ? undefined : "true or false";
const wholeDays: Check = (v) =>
  Number.isInteger(v) && (v as number) >= 0 ? undefined : "a whole number of days >= 0";
const positive: Check = (v) =>
  typeof v === "number" && Number.isFinite(v) && v > 0 ? undefined : "a number > 0";
const probability: Check = (v) =>
  typeof v === "number" && v > 0 && v < 1 ? undefined : "a number between 0 and 1";
const monthList: Check = (v) =>
  Array.isArray(v) && v.length > 0 && v.every((m) => typeof m === "number" && m > 0)
    ? undefined
    : "a non-empty list of months > 0";
const count: Check = (v) =>
  Number.isInteger(v) && (v as number) >= 1 ? undefined : "an integer >= 1";

/** Every option: its check and what it means. The order is the order of the methods note. */
export const PLAN_OPTIONS: Record<string, { check: Check; doc: string }> = {
  "eligibility.therapyWindow.from": {
    check: isoDate,
    doc:
      "Earliest start of the first line of systemic therapy for advanced disease (study period).",
  },
  "eligibility.therapyWindow.to": {
    check: isoDate,
    doc: "Latest start of the first line of systemic therapy for advanced disease (study period).",
  },
  "overallSurvival.origin": {
    check: oneOf("advanced_diagnosis", "first_line_start"),
    doc: "Time origin of overall survival: the diagnosis of locally advanced or metastatic " +
      "disease (as the publication), or the start of the first line.",
  },
  "progressionFreeSurvival.deathIsEvent": {
    check: boolean,
    doc: "Whether death without documented progression, before the next line starts, is a " +
      "progression-free survival event (true) or censors the line at its last assessment (false).",
  },
  "progressionFreeSurvival.censorWithoutAssessment": {
    check: oneOf("line_end", "line_start"),
    doc: "Censoring date of a line without any post-baseline assessment and without event: the " +
      "line's end (or last contact while ongoing), or its start (no time at risk).",
  },
  "progressionFreeSurvival.censorAt": {
    check: oneOf("last_assessment", "last_adequate_assessment"),
    doc: "Censoring date of a line without an event that had post-baseline assessments: its last " +
      "assessment, or its last adequate assessment (one that could have shown progression: an " +
      "evaluable time-point response), as the FDA's 2018 guidance on cancer trial endpoints " +
      "(Clinical Trial Endpoints for the Approval of Cancer Drugs and Biologics, Table A) sets.",
  },
  "progressionFreeSurvival.eventsAfterNextLine": {
    check: oneOf("censor", "count", "count_progression_only"),
    doc: "A progression or death dated after the next line has started: `censor` (FDA 2018, " +
      "Table A: new anticancer therapy before progression censors at the last adequate " +
      "assessment before it), `count` (both are events of the earlier line), or " +
      "`count_progression_only` (a progression counts, a death censors at the next line's start; " +
      "the pipeline's first convention).",
  },
  "recist.minimumStableDiseaseDays": {
    check: wholeDays,
    doc: "Minimum days from the start of a line to an assessment for stable disease to count " +
      "as best overall response (RECIST 1.1 section 4.4; 6 weeks is common).",
  },
  "recist.confirmation": {
    check: boolean,
    doc: "Whether CR and PR need confirmation by a later assessment (RECIST 1.1 section 4.4.1); " +
      "off for a retrospective series. Both are reported in the analysis datasets.",
  },
  "recist.minimumConfirmationDays": {
    check: wholeDays,
    doc: "Minimum days between a response and its confirming assessment (4 weeks).",
  },
  daysPerMonth: {
    check: positive,
    doc: "Days per month when times in whole days are shown as months (365.25 / 12 = 30.4375).",
  },
  confidenceLevel: { check: probability, doc: "Confidence level of every interval." },
  headlineCi: {
    check: oneOf("spss", "log", "loglog", "plain"),
    doc: "CI method of the headline median-survival intervals: SPSS-style symmetric (as the " +
      "publication), R's default log, SAS's log-log, or plain.",
  },
  medianRule: {
    check: oneOf("first_at_or_below_half", "midpoint"),
    doc: "How a median survival is read off the Kaplan–Meier curve: the smallest event time at " +
      "which survival is at or below 0.5 (SPSS, as the publication), or, where the curve is flat " +
      "at exactly 0.5, the midpoint of that flat (R's print.survfit, SAS, survminer). Both are " +
      "computed; this chooses the one printed.",
  },
  "comparativeSurvival.ageCutoffYears": {
    check: count,
    doc: "Age at diagnosis (completed years) that splits the age groups of the comparison of " +
      "overall survival by baseline factors (log-rank test and Cox hazard ratios): below it, " +
      "and at it or above. Fixed before looking at the data, not a data-driven cut-point.",
  },
  minimumGroupSizeForEstimates: {
    check: count,
    doc: "Smallest group (patients or lines) whose median survival and its CI are printed; " +
      "smaller groups are shown with their counts and a dash.",
  },
  landmarkMonths: { check: monthList, doc: "Landmark times (months) for survival estimates." },
  certificate: {
    check: oneOf("enforce", "record"),
    doc: "What the run does when a claim of the abstract is not reproduced: `enforce` (the " +
      "committed study) fails the run after writing every output; `record` (another cohort, a " +
      "sensitivity analysis) only records it in the certificate and ends with exit 0.",
  },
  minimumClassSizeForFigures: {
    check: count,
    doc: "Smallest number of treated lines for a regimen class to get its own PFS curve.",
  },
};

/** Validates `value` as an analysis plan; throws one error listing every problem. */
export function validateAnalysisPlan(value: unknown, source: string): AnalysisPlan {
  const problems: string[] = [];
  const leaves = flatten(value);
  for (const [key, option] of Object.entries(PLAN_OPTIONS)) {
    if (!(key in leaves)) {
      problems.push(`${key} is missing: expected ${option.check(undefined)}`);
      continue;
    }
    const expected = option.check(leaves[key]);
    if (expected) {
      problems.push(`${key} must be ${expected} but found ${JSON.stringify(leaves[key])}`);
    }
  }
  for (const key of Object.keys(leaves)) {
    if (!(key in PLAN_OPTIONS)) problems.push(`${key} is not an option of the analysis plan`);
  }
  const window = (value as AnalysisPlan | undefined)?.eligibility?.therapyWindow;
  if (problems.length === 0 && window && window.from > window.to) {
    problems.push(
      `eligibility.therapyWindow ends (${window.to}) before it starts (${window.from})`,
    );
  }
  if (problems.length > 0) {
    throw new PipelineError(
      `analysis plan ${source} is not valid:\n${problems.map((p) => `  - ${p}`).join("\n")}\n` +
        "Fix the file (each option is documented in pipeline/_shared/analysis_plan.ts).",
    );
  }
  return value as AnalysisPlan;
}

/** Reads and validates the plan at `path`. */
export async function readAnalysisPlan(path: string): Promise<AnalysisPlan> {
  let value: unknown;
  try {
    value = JSON.parse(await Deno.readTextFile(path));
  } catch (error) {
    throw new PipelineError(`analysis plan ${path} could not be read as JSON: ${error}`);
  }
  return validateAnalysisPlan(value, path);
}

/** Dotted keys to leaf values; arrays are leaves. */
export function flatten(value: unknown, prefix = ""): Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return prefix === "" ? {} : { [prefix]: value };
  }
  const leaves: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    Object.assign(leaves, flatten(child, prefix === "" ? key : `${prefix}.${key}`));
  }
  return leaves;
}
