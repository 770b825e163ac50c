/**
 * Checks across the fields and tables of one site's patient: dates in an impossible order (treatment
 * before diagnosis, death before a treatment started, a line ending before it started), a vital
 * status that its date of death contradicts, and a line for advanced disease without the date
 * advanced disease was diagnosed. Dates compare as ISO strings, which sort as dates.
 *
 * @module
 */

import type { DataWarning } from "../../_shared/contracts/data_warning.ts";
import type { Issue } from "./issues.ts";
import { recordIssue, recordWarning } from "./record_issue.ts";
import type { SourceRecord } from "../values/source_records.ts";

const ORDER = "impossible-order";
const FIX = "correct whichever of the two dates is wrong in the export";

/** Issues and warnings for one patient record. */
export function patientOrderIssues(p: SourceRecord): Issue[] {
  const v = p.values as Record<string, string | null>;
  const issues: Issue[] = [];
  const diagnosis = v.diagnosis_date ?? "";
  const after = (field: string, date: string, what: string) =>
    issues.push(recordIssue(p, field, ORDER, `a date on or after ${what} (${date})`, FIX));
  if (v.birth_date && v.birth_date > diagnosis) {
    issues.push(
      recordIssue(p, "diagnosis_date", ORDER, "a diagnosis after the birth date (not shown)", FIX),
    );
  }
  if (v.advanced_date && v.advanced_date < diagnosis) {
    after("advanced_date", diagnosis, "the diagnosis");
  }
  if (v.last_contact_date && v.last_contact_date < diagnosis) {
    after("last_contact_date", diagnosis, "the diagnosis");
  }
  if (v.vital_status === "dead" && !v.death_date) {
    issues.push(
      recordIssue(
        p,
        "death_date",
        "missing-required",
        "a date of death, since the vital status is dead",
        "fill in the date of death, or correct the vital status",
      ),
    );
  }
  if (v.vital_status === "alive" && v.death_date) {
    issues.push(
      recordIssue(
        p,
        "death_date",
        "inconsistent-value",
        "no date of death, since the vital status is alive",
        "correct the vital status or remove the date of death",
      ),
    );
  }
  if (v.death_date && v.death_date < diagnosis) after("death_date", diagnosis, "the diagnosis");
  if (v.death_date && v.last_contact_date && v.last_contact_date > v.death_date) {
    issues.push(
      recordIssue(
        p,
        "last_contact_date",
        ORDER,
        `a last contact on or before the date of death (${v.death_date})`,
        FIX,
      ),
    );
  }
  return issues;
}

/** Issues and warnings for one line record of patient `p`. */
export function lineOrderIssues(
  line: SourceRecord,
  p: SourceRecord,
): { issues: Issue[]; warnings: DataWarning[] } {
  const v = line.values as Record<string, string | null>;
  const pv = p.values as Record<string, string | null>;
  const start = v.start_date ?? "";
  const issues: Issue[] = [];
  const warnings: DataWarning[] = [];
  if (pv.diagnosis_date && start < pv.diagnosis_date) {
    issues.push(
      recordIssue(
        line,
        "start_date",
        ORDER,
        `a start on or after the diagnosis (${pv.diagnosis_date}): treatment cannot precede diagnosis`,
        FIX,
      ),
    );
  }
  if (pv.death_date && start > pv.death_date) {
    issues.push(
      recordIssue(
        line,
        "start_date",
        ORDER,
        `a start on or before the date of death (${pv.death_date}): treatment cannot follow death`,
        FIX,
      ),
    );
  }
  for (const field of ["end_date", "progression_date"]) {
    const date = v[field];
    if (date && date < start) {
      issues.push(
        recordIssue(line, field, ORDER, `a date on or after the line's start (${start})`, FIX),
      );
    }
  }
  if (v.setting === "advanced" && pv.advanced_date && start < pv.advanced_date) {
    warnings.push(
      recordWarning(
        line,
        "start_date",
        "line-before-advanced-disease",
        `line ${v.line} for advanced disease starts before advanced disease was diagnosed (${pv.advanced_date})`,
      ),
    );
  }
  return { issues, warnings };
}
