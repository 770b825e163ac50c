/**
 * Ranges a single value must lie in: every date between 1900-01-01 and the plan's data cut-off,
 * an age at diagnosis of at most 110 years, lesion sizes a body can hold. Rules and their meaning:
 * `pipeline/_shared/contracts/plausibility_rules.ts`.
 *
 * @module
 */

import {
  EARLIEST_DATE,
  MAXIMUM_AGE_YEARS,
  MAXIMUM_LESION_MM,
  MAXIMUM_TARGET_LESIONS,
} from "../../../_shared/contracts/plausibility_rules.ts";
import { completedYears } from "../../../_shared/dates.ts";
import type { Issue } from "../issues.ts";
import { recordIssue } from "../record_issue.ts";
import { SOURCE_FIELDS } from "../../values/source_fields.ts";
import type { SourceRecord } from "../../values/source_records.ts";

const SIZE_LIMITS: Record<string, number> = {
  target_sum_mm: MAXIMUM_TARGET_LESIONS * MAXIMUM_LESION_MM,
  target_nodal_sum_mm: MAXIMUM_TARGET_LESIONS * MAXIMUM_LESION_MM,
  target_nodal_max_mm: MAXIMUM_LESION_MM,
};

/** Issues of the values of `record`; `cutoff` is the plan's (undefined: not checked). */
export function valueRangeIssues(record: SourceRecord, cutoff: string | undefined): Issue[] {
  const issues: Issue[] = [];
  for (const [field, spec] of Object.entries(SOURCE_FIELDS[record.table])) {
    const value = record.values[field];
    if (spec.type === "date" && typeof value === "string") {
      if (cutoff !== undefined && value > cutoff) {
        issues.push(recordIssue(
          record,
          field,
          "after-data-cutoff",
          `a date on or before the data cut-off (${cutoff}, the plan's dataCutoff)`,
          "correct the date in the export (a date after the data were extracted cannot be " +
            "known); if the data were extracted later, update dataCutoff in the analysis plan",
        ));
      } else if (value < EARLIEST_DATE) {
        issues.push(recordIssue(
          record,
          field,
          "before-1900",
          `a date on or after ${EARLIEST_DATE}`,
          "correct the date in the export (a two-digit year read as 18xx or 19xx?)",
        ));
      }
    }
    const limit = SIZE_LIMITS[field];
    if (limit !== undefined && typeof value === "number" && value > limit) {
      issues.push(recordIssue(
        record,
        field,
        "implausible-lesion-size",
        `at most ${limit} mm (${
          field === "target_nodal_max_mm"
            ? "one lesion"
            : `${MAXIMUM_TARGET_LESIONS} target lesions of ${MAXIMUM_LESION_MM} mm`
        })`,
        "correct the size in the export: was it written in another unit than mm, or with a " +
          "misplaced decimal mark?",
      ));
    }
  }
  const { birth_date: birth, diagnosis_date: diagnosis } = record.values;
  if (
    record.table === "patients" && typeof birth === "string" && typeof diagnosis === "string" &&
    birth >= EARLIEST_DATE && birth <= diagnosis &&
    completedYears(birth, diagnosis) > MAXIMUM_AGE_YEARS
  ) {
    issues.push(recordIssue(
      record,
      "birth_date",
      "implausible-age",
      `a birth date at most ${MAXIMUM_AGE_YEARS} years before the diagnosis (${diagnosis})`,
      "correct the birth date (or the date of diagnosis) in the export",
    ));
  }
  return issues;
}
