/**
 * Every plausibility check of the records that could be read, in one pass: value ranges (dates
 * between 1900 and the data cut-off, age, lesion sizes), each patient record's own order, each
 * person's course over every site, and the RECIST relations of each assessment. One value breaking
 * several rules is reported once, under the first: a last contact in 2099 is after the cut-off,
 * and saying that it also follows every event adds nothing.
 *
 * @module
 */

import type { Issue } from "../issues.ts";
import type { SourceRecord } from "../../values/source_records.ts";
import { courseOrderIssues } from "./course_order.ts";
import { measurementIssues } from "./measurements.ts";
import { patientOrderIssues } from "./patient_order.ts";
import type { PersonRecords } from "./person_records.ts";
import { valueRangeIssues } from "./value_ranges.ts";

/** What the checks read. */
export interface PlausibilityInput {
  records: readonly SourceRecord[];
  persons: readonly PersonRecords[];
  /** The plan's data cut-off (undefined when the plan is not usable: not checked). */
  cutoff: string | undefined;
}

/** Every plausibility issue, at most one per value. */
export function plausibilityIssues(input: PlausibilityInput): Issue[] {
  const issues = [
    ...input.records.flatMap((r) => valueRangeIssues(r, input.cutoff)),
    ...input.records.filter((r) => r.table === "patients").flatMap(patientOrderIssues),
    ...input.persons.flatMap(courseOrderIssues),
    ...input.persons.flatMap((p) => p.assessments.flatMap(measurementIssues)),
  ];
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = JSON.stringify([issue.site, issue.file, issue.row, issue.column]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
