/**
 * The hostile-input corpus: mutations of the committed exports (`data/raw/`), one per rule and per
 * class of issue #14 ("implausible and hostile input"). Each mutation breaks a copy of the raw
 * folder in one place and returns where ingest must say the problem is: site, file, row (or sheet
 * and cell, or record), column, the value found and the rule. `make_corpus.ts` writes the copies;
 * `tests/ingest/hostile_corpus_test.ts` runs the pipeline on each.
 */

import type { Mutation } from "./mutation.ts";
import { EXCEL_DATES } from "./mutations/excel_dates.ts";
import { HOSTILE_FILES } from "./mutations/hostile_files.ts";
import { IMPLAUSIBLE_VALUES } from "./mutations/implausible_values.ts";
import { IMPOSSIBLE_COURSES } from "./mutations/impossible_courses.ts";
import { MISLEADING_MESSAGES } from "./mutations/misleading_messages.ts";
import { VALUE_PROBLEMS } from "./mutations/value_problems.ts";

export type { CaseContext, Expected, Mutation } from "./mutation.ts";

/** Every mutation, by class. */
export const MUTATIONS: Mutation[] = [
  ...IMPLAUSIBLE_VALUES,
  ...IMPOSSIBLE_COURSES,
  ...EXCEL_DATES,
  ...HOSTILE_FILES,
  ...MISLEADING_MESSAGES,
  ...VALUE_PROBLEMS,
];
