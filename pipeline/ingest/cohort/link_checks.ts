/**
 * Links on columns, as `validation/link_checks.ts` words them: every line and assessment belongs
 * to a patient of its site (and an assessment to a line of that patient), and a patient with a
 * line for advanced disease has the date advanced disease was diagnosed. Rows that had an issue
 * still count as existing, and a site whose files or rows could not all be read blames no child
 * for a missing parent, so that one problem is reported once, where it is.
 *
 * The three kinds of issue come in three lists, each over every site in order, as before.
 *
 * @module
 */

import type { Issue } from "../validation/issues.ts";
import { recordIssue } from "../validation/record_issue.ts";
import { SOURCE_FIELDS } from "../values/source_fields.ts";
import { NO_DAY } from "../values/record_columns.ts";
import type { CohortSite } from "./cohort_site.ts";
import { recordView } from "./record_view.ts";

/** The link issues of one site, by kind. */
export interface LinkIssues {
  unknownLineCases: Issue[];
  missingAdvancedDates: Issue[];
  assessments: Issue[];
}

const ADVANCED = SOURCE_FIELDS.lines.setting!.values!.indexOf("advanced");

/** The link issues of `site`. */
export function linkIssues(site: CohortSite): LinkIssues {
  const { tables, failed } = site.columns;
  const { index } = site;
  const failedPatients = new Set<string>();
  const lineKeys = new Set<number | string>();
  const failedLines = new Set<string>();
  for (const record of failed) {
    if (record.table === "patients") failedPatients.add(String(record.caseId));
    if (record.table === "lines") failedLines.add(`${record.caseId}\u0000${record.line}`);
  }
  const unchecked = (caseIndex: number) =>
    site.incomplete || failedPatients.has(index.cases[caseIndex]!);
  const out: LinkIssues = { unknownLineCases: [], missingAdvancedDates: [], assessments: [] };
  const unknownCase = (table: "lines" | "assessments", i: number) =>
    recordIssue(
      recordView(site, table, i),
      "case_id",
      "unknown-case",
      `a case number that the site's patients table has`,
      "add the patient to the patients export, or correct the case number",
    );
  const lines = tables.lines;
  const setting = lines.values.setting as Int8Array;
  const advancedDate = tables.patients.values.advanced_date as Int32Array;
  // Patients needing an advanced date, with the first line that needs it, in that order.
  const needs = new Map<number, number>();
  for (let i = 0; i < lines.length; i++) {
    const c = index.caseOf.lines[i]!;
    const patient = index.patientOfCase[c]!;
    if (patient === -1) {
      if (!unchecked(c)) out.unknownLineCases.push(unknownCase("lines", i));
      continue;
    }
    lineKeys.add(index.lineKeys[i]!);
    if (setting[i] === ADVANCED && advancedDate[patient] === NO_DAY && !needs.has(patient)) {
      needs.set(patient, i);
    }
  }
  for (const [patient, line] of needs) {
    const record = recordView(site, "lines", line);
    out.missingAdvancedDates.push(recordIssue(
      recordView(site, "patients", patient),
      "advanced_date",
      "missing-required",
      `the date advanced disease was diagnosed, since ${record.file} ${record.row} reports line ${record.values.line} for advanced disease`,
      "fill in the date of locally advanced or metastatic disease",
    ));
  }
  const assessmentLines = tables.assessments.values.line as Float64Array;
  for (let i = 0; i < tables.assessments.length; i++) {
    const c = index.caseOf.assessments[i]!;
    if (unchecked(c)) continue;
    if (index.patientOfCase[c] === -1) out.assessments.push(unknownCase("assessments", i));
    else if (
      !lineKeys.has(index.assessmentLineKeys[i]!) &&
      !failedLines.has(`${index.cases[c]}\u0000${assessmentLines[i]}`)
    ) {
      out.assessments.push(recordIssue(
        recordView(site, "assessments", i),
        "line",
        "unknown-line",
        "a line number that the lines table has for this case",
        "add the line to the lines export, or correct the line number",
      ));
    }
  }
  return out;
}
