/**
 * The RECIST 1.1 relations between one assessment's target measurements: the nodal sum is part of
 * the target sum; the largest node is one term of the nodal sum; a baseline (an assessment on or
 * before its line's start) with target lesions measures at least 10 mm, RECIST's smallest
 * measurable lesion. Derive's RECIST engine refuses the same records (`recist/check_measurement.ts`)
 * but only after harmonise has rewritten its tables; checking here keeps a bad record from getting
 * that far. Rules and their meaning: `pipeline/_shared/contracts/plausibility_rules.ts`.
 *
 * @module
 */

import { MINIMUM_BASELINE_SUM_MM } from "../../../_shared/contracts/plausibility_rules.ts";
import type { Issue } from "../issues.ts";
import { recordIssue } from "../record_issue.ts";
import type { PersonAssessment } from "./person_records.ts";

const FIX = "correct the measurements of this assessment in the export";

/** Issues of the measurements of one assessment (with its line, when known). */
export function measurementIssues({ record, line }: PersonAssessment): Issue[] {
  const v = record.values as Record<string, number | string | null>;
  const target = v.target_sum_mm as number | null;
  const nodal = v.target_nodal_sum_mm as number | null;
  const largest = v.target_nodal_max_mm as number | null;
  const issues: Issue[] = [];
  if (target !== null && nodal !== null && nodal > target) {
    issues.push(recordIssue(
      record,
      "target_nodal_sum_mm",
      "nodal-sum-above-target-sum",
      `a nodal sum of at most the target sum (${target} mm), of which it is a part`,
      FIX,
    ));
  }
  if (largest !== null && largest > (nodal ?? 0)) {
    issues.push(recordIssue(
      record,
      "target_nodal_max_mm",
      "largest-node-above-nodal-sum",
      nodal === null
        ? "no largest node when the nodal sum is empty (the largest node is one term of it)"
        : `a largest node of at most the nodal sum (${nodal} mm), of which it is one term`,
      FIX,
    ));
  }
  const start = line?.values.start_date;
  const date = v.assessment_date;
  if (
    target !== null && target < MINIMUM_BASELINE_SUM_MM && typeof start === "string" &&
    typeof date === "string" && date <= start
  ) {
    issues.push(recordIssue(
      record,
      "target_sum_mm",
      "baseline-target-sum",
      `a baseline target sum of at least ${MINIMUM_BASELINE_SUM_MM} mm (RECIST's smallest ` +
        `measurable lesion), since the assessment is on or before line ${line?.values.line}'s ` +
        `start (${start}); empty when there are no target lesions`,
      FIX,
    ));
  }
  return issues;
}
