/**
 * The files ingest reads beside the raw folder (the analysis plan, the regimen vocabulary and the
 * regimen classes), checked into issues rather than thrown, so that their problems are listed in
 * the same message as the data's, and a plan error is not found only once the data pass.
 *
 * A plan problem is located by file and option (`pipeline/analysis-plan.json option dataCutoff`).
 *
 * @module
 */

import {
  type AnalysisPlan,
  analysisPlanProblems,
  describePlanProblem,
} from "../../_shared/analysis_plan.ts";
import { parseRegimenClasses, type RegimenClass } from "../../_shared/regimen_classes.ts";
import type { Issue } from "./issues.ts";
import {
  parseRegimenVocabulary,
  REGIMENS_FILE,
  type RegimenVocabulary,
} from "../vocabulary/regimen_vocabulary.ts";
import { REGIMEN_CLASSES_FILE } from "../../_shared/regimen_classes.ts";

/** A reference file checked: its value when usable, and its issues. */
export interface Checked<T> {
  value?: T;
  issues: Issue[];
}

const PLAN_FIX =
  "correct the plan (each option is documented in pipeline/_shared/analysis_plan.ts)";

/** The plan in `text` (read from `source`), or its issues. */
export function checkPlan(text: string, source: string): Checked<AnalysisPlan> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      issues: [{
        site: "",
        file: source,
        row: "",
        column: "",
        rule: "invalid-plan",
        expected: `the analysis plan as JSON, but ${(error as Error).message}`,
        fix: PLAN_FIX,
      }],
    };
  }
  const problems = analysisPlanProblems(value);
  if (problems.length === 0) return { value: value as AnalysisPlan, issues: [] };
  return {
    issues: problems.map((problem) => ({
      site: "",
      file: source,
      row: `option ${problem.option}`,
      column: "",
      ...(problem.kind === "missing" ? {} : { value: shown(problem.found) }),
      rule: "invalid-plan",
      expected: problem.kind === "missing"
        ? describePlanProblem(problem)
        : problem.kind === "unknown"
        ? "an option of the analysis plan, but this is not one"
        : problem.expected,
      fix: problem.kind === "unknown" ? "remove it, or correct its name" : PLAN_FIX,
    })),
  };
}

function shown(found: unknown): string {
  return typeof found === "string" ? found : JSON.stringify(found) ?? String(found);
}

/** The regimen vocabulary in `text`, or its issue. */
export function checkVocabulary(text: string): Checked<RegimenVocabulary> {
  return checkFile(REGIMENS_FILE, () => parseRegimenVocabulary(text));
}

/** The regimen classes in `text`, or their issue. */
export function checkClasses(text: string): Checked<ReadonlyMap<string, RegimenClass>> {
  return checkFile(REGIMEN_CLASSES_FILE, () => parseRegimenClasses(text));
}

function checkFile<T>(file: string, parse: () => T): Checked<T> {
  try {
    return { value: parse(), issues: [] };
  } catch (error) {
    return {
      issues: [{
        site: "",
        file,
        row: "",
        column: "",
        rule: "invalid-vocabulary",
        expected: `the coordinating centre's vocabulary, but ${(error as Error).message}`,
        fix: `correct ${file} (format in data/codebook.md)`,
      }],
    };
  }
}
