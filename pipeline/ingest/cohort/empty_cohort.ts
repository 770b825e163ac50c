/**
 * The last check: at least one person meets the inclusion criteria (`_shared/eligibility.ts`),
 * as `validation/plausibility/cohort_checks.ts` words it. Persons are looked at one by one and the
 * check stops at the first included one, so a good cohort costs one person's records; an empty
 * cohort counts every person's reason for the message.
 *
 * @module
 */

import type { AnalysisPlan } from "../../_shared/analysis_plan.ts";
import type { Issue } from "../validation/issues.ts";
import { emptyCohortIssues } from "../validation/plausibility/cohort_checks.ts";
import type { CohortRecords } from "./cohort_records.ts";
import { personRecords, type Persons } from "./persons.ts";

/** An issue when no person of the cohort meets the inclusion criteria of `plan`. */
export function cohortEmptyIssues(
  cohort: CohortRecords,
  persons: Persons,
  plan: AnalysisPlan,
): Issue[] {
  const each = function* () {
    for (let p = 0; p < persons.count; p++) yield personRecords(cohort, persons, p);
  };
  return emptyCohortIssues(each(), persons.count, plan);
}
