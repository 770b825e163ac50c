/**
 * Links each line and assessment to its patient within the site, and runs the checks that need
 * both: every line and assessment belongs to a reported patient (and an assessment to a reported
 * line), and a patient with a line for advanced disease has the date advanced disease was
 * diagnosed (overall survival starts there). The order of dates is checked with the other
 * plausibility rules (`plausibility/`).
 *
 * @module
 */

import type { Issue } from "./issues.ts";
import { recordIssue } from "./record_issue.ts";
import type { SourceRecord } from "../values/source_records.ts";

/** The key of a patient within the raw folder. */
export function patientKey(site: string, caseId: unknown): string {
  return `${site}\u0000${caseId}`;
}

/** What else is known to exist, so that a problem is reported once, where it is. */
export interface KnownRows {
  /** Rows that had an issue, with the values that could be parsed. */
  failed: readonly SourceRecord[];
  /** Sites where a whole file or a row could not be read: their children are not checked. */
  incompleteSites: ReadonlySet<string>;
}

/** Issues of the links between the tables of `records` (duplicates merged). */
export function linkChecks(
  patients: readonly SourceRecord[],
  lines: readonly SourceRecord[],
  assessments: readonly SourceRecord[],
  known: KnownRows = { failed: [], incompleteSites: new Set() },
): { issues: Issue[] } {
  const issues: Issue[] = [];
  const byKey = new Map(patients.map((p) => [patientKey(p.site, p.values.case_id), p]));
  const lineKeys = new Set<string>();
  const failedPatients = new Set<string>();
  for (const r of known.failed) {
    const key = patientKey(r.site, r.values.case_id);
    if (r.table === "patients") failedPatients.add(key);
    if (r.table === "lines") lineKeys.add(`${key}\u0000${r.values.line}`);
  }
  const unchecked = (r: SourceRecord) =>
    known.incompleteSites.has(r.site) || failedPatients.has(patientKey(r.site, r.values.case_id));
  const needsAdvancedDate = new Map<SourceRecord, SourceRecord>();
  const unknownCase = (record: SourceRecord) =>
    recordIssue(
      record,
      "case_id",
      "unknown-case",
      `a case number that the site's patients table has`,
      "add the patient to the patients export, or correct the case number",
    );
  for (const line of lines) {
    const key = patientKey(line.site, line.values.case_id);
    const patient = byKey.get(key);
    if (patient === undefined) {
      if (!unchecked(line)) issues.push(unknownCase(line));
      continue;
    }
    lineKeys.add(`${key}\u0000${line.values.line}`);
    if (
      line.values.setting === "advanced" && patient.values.advanced_date === null &&
      !needsAdvancedDate.has(patient)
    ) {
      needsAdvancedDate.set(patient, line);
    }
  }
  for (const [patient, line] of needsAdvancedDate) {
    issues.push(
      recordIssue(
        patient,
        "advanced_date",
        "missing-required",
        `the date advanced disease was diagnosed, since ${line.file} ${line.row} reports line ${line.values.line} for advanced disease`,
        "fill in the date of locally advanced or metastatic disease",
      ),
    );
  }
  for (const assessment of assessments) {
    if (unchecked(assessment)) continue;
    const key = patientKey(assessment.site, assessment.values.case_id);
    if (!byKey.has(key)) issues.push(unknownCase(assessment));
    else if (!lineKeys.has(`${key}\u0000${assessment.values.line}`)) {
      issues.push(
        recordIssue(
          assessment,
          "line",
          "unknown-line",
          "a line number that the lines table has for this case",
          "add the line to the lines export, or correct the line number",
        ),
      );
    }
  }
  return { issues };
}
