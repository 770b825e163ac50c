/**
 * The analysis plan: every choice an analyst may change, read from `pipeline/analysis-plan.json`
 * (or `--plan FILE`) and validated before any stage uses it. Each option is documented here, next
 * to its check; `docs()` renders the same text for the report's methods note.
 *
 * @module
 */

import { DOWNGRADABLE_RULES } from "./contracts/plausibility_rules.ts";
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
  dataCutoff: string;
  plausibility: { warnOnly: string[] };
  inputLimits: { fileMiB: number; workbookPartMiB: number };
}

/** One problem of a plan: the option, what it must be, and what was found. */
export interface PlanProblem {
  /** An option missing, set to a value it cannot take, or not an option at all. */
  kind: "missing" | "invalid" | "unknown";
  option: string;
  expected: string;
  found?: unknown;
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
const mebibytes: Check = (v) =>
  Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 4096
    ? undefined
    : "a whole number of MiB from 1 to 4096";
const ruleList: Check = (v) =>
  Array.isArray(v) && v.every((r) => DOWNGRADABLE_RULES.includes(r)) &&
    new Set(v).size === v.length
    ? undefined
    : `a list of distinct rule ids among ${DOWNGRADABLE_RULES.map((r) => `"${r}"`).join(", ")}`;

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
    doc: "Whether death without documented progression is a progression-free survival event " +
      "(true; a death dated after the next line's start as `eventsAfterNextLine` says) or " +
      "leaves the line censored as one without an event (false).",
  },
  "progressionFreeSurvival.censorWithoutAssessment": {
    check: oneOf("line_end", "line_start"),
    doc: "Censoring date of a line without any post-baseline assessment and without event: the " +
      "line's end (or last contact while ongoing), or its start (no time at risk).",
  },
  "progressionFreeSurvival.censorAt": {
    check: oneOf("last_assessment", "last_adequate_assessment"),
    doc: "Censoring date of a line without an event that had post-baseline assessments: " +
      "`last_assessment` (its last tumour assessment, whatever it measured) or " +
      "`last_adequate_assessment` (its last assessment that could have shown progression: an " +
      "evaluable RECIST time-point response, i.e. every target lesion measured or a PD call, or " +
      "with non-target disease only the non-target lesions assessed; a scan without the target " +
      "sum is not adequate; a line whose assessments are all inadequate is censored at its " +
      "start), as Table A of the FDA's 2018 guidance Clinical Trial Endpoints for the Approval " +
      "of Cancer Drugs and Biologics sets. ADTTE's CNSDTDSC says LAST TUMOUR ASSESSMENT or LAST " +
      "ADEQUATE TUMOUR ASSESSMENT.",
  },
  "progressionFreeSurvival.eventsAfterNextLine": {
    check: oneOf("censor", "count", "count_progression_only"),
    doc: "A progression or death dated after the start of the next line (strictly after: on the " +
      "day it starts still counts): `censor` (FDA 2018 guidance, Table A: new anticancer " +
      "therapy started before progression censors the line at its last assessment, adequate " +
      "as `censorAt` says, on or before the new therapy's start; CNSDTDSC ends BEFORE NEXT " +
      "LINE), `count` (progression and death alike are events of the earlier line; EVNTDESC " +
      "ends AFTER START OF NEXT LINE), or `count_progression_only` (the pipeline's first " +
      "convention: such a progression counts, such a death does not, and the line is censored " +
      "as one without an event, never after the next line's start).",
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
  dataCutoff: {
    check: isoDate,
    doc: "The data cut-off: the day the sites' data were extracted. No date in the raw data may " +
      "be later (rule after-data-cutoff), and the therapy window may not end after it.",
  },
  "plausibility.warnOnly": {
    check: ruleList,
    doc: "Plausibility rules (pipeline/_shared/contracts/plausibility_rules.ts) whose breaches " +
      "are listed as warnings in the data-quality report instead of stopping the run; only the " +
      "rules documented as downgradable may be named. Empty: every rule is an error.",
  },
  "inputLimits.fileMiB": {
    check: mebibytes,
    doc: "Largest raw file ingest opens, in MiB: a larger file is refused by name before it is " +
      "read. Here, not in site.json, because it protects the machine running the analysis from " +
      "what a site sends, so a site may not raise it.",
  },
  "inputLimits.workbookPartMiB": {
    check: mebibytes,
    doc: "Largest part of an .xlsx workbook ingest inflates, in MiB: a part that the zip " +
      "directory declares larger is refused before inflating, and inflating stops as soon as a " +
      "part grows past it (a zip bomb).",
  },
};

/** Every problem of `value` as an analysis plan (none: it is a valid plan). */
export function analysisPlanProblems(value: unknown): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const leaves = flatten(value);
  for (const [option, { check }] of Object.entries(PLAN_OPTIONS)) {
    if (!(option in leaves)) {
      problems.push({ kind: "missing", option, expected: check(undefined) ?? "" });
      continue;
    }
    const expected = check(leaves[option]);
    if (expected) problems.push({ kind: "invalid", option, expected, found: leaves[option] });
  }
  for (const option of Object.keys(leaves)) {
    if (!(option in PLAN_OPTIONS)) {
      problems.push({
        kind: "unknown",
        option,
        expected: "one of the options documented in pipeline/_shared/analysis_plan.ts",
        found: leaves[option],
      });
    }
  }
  if (problems.length > 0) return problems;
  const plan = value as AnalysisPlan;
  const window = plan.eligibility.therapyWindow;
  if (window.from > window.to) {
    problems.push({
      kind: "invalid",
      option: "eligibility.therapyWindow.to",
      expected:
        `a date on or after the window's start (${window.from}): the window ends before it starts`,
      found: window.to,
    });
  }
  if (window.to > plan.dataCutoff) {
    problems.push({
      kind: "invalid",
      option: "eligibility.therapyWindow.to",
      expected: `a window that ends on or before the data cut-off (${plan.dataCutoff})`,
      found: window.to,
    });
  }
  return problems;
}

/** One problem as the sentence a message lists. */
export function describePlanProblem(problem: PlanProblem): string {
  if (problem.kind === "unknown") return `${problem.option} is not an option of the analysis plan`;
  if (problem.kind === "missing") {
    return `${problem.option} is missing: expected ${problem.expected}`;
  }
  return `${problem.option} must be ${problem.expected} but found ${JSON.stringify(problem.found)}`;
}

/** Validates `value` as an analysis plan; throws one error listing every problem. */
export function validateAnalysisPlan(value: unknown, source: string): AnalysisPlan {
  const problems = analysisPlanProblems(value).map(describePlanProblem);
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
  return validateAnalysisPlan(parsePlanText(await readPlanText(path), path), path);
}

/** The largest plan file read: a plan is a few hundred bytes of JSON. */
const PLAN_MAX_BYTES = 1 << 20;

/**
 * The text of the plan file at `path`, read only if it is a regular file of at most 1 MiB (a
 * named pipe would block the read forever); a {@linkcode PipelineError} says what it is otherwise.
 */
export async function readPlanText(path: string): Promise<string> {
  let info: Deno.FileInfo;
  try {
    info = await Deno.stat(path);
  } catch (error) {
    throw new PipelineError(`analysis plan ${path} cannot be read: ${(error as Error).message}`);
  }
  if (!info.isFile) {
    throw new PipelineError(`analysis plan ${path} is not a regular file: give --plan a JSON file`);
  }
  if (info.size > PLAN_MAX_BYTES) {
    throw new PipelineError(
      `analysis plan ${path} is ${info.size} bytes, more than a plan can be (at most 1 MiB)`,
    );
  }
  return await Deno.readTextFile(path);
}

/** Parses the plan's JSON text; a {@linkcode PipelineError} names the syntax problem. */
export function parsePlanText(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new PipelineError(
      `analysis plan ${path} could not be read as JSON: ${(error as Error).message}`,
    );
  }
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
