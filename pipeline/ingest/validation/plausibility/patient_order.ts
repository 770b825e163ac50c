/**
 * Checks within one site's patient record: dates in an impossible order (advanced disease, last
 * contact or death before the diagnosis; a diagnosis before birth), and a vital status that its
 * date of death contradicts. Dates compare as ISO strings, which sort as dates.
 *
 * @module
 */

import type { Issue } from "../issues.ts";
import { recordIssue } from "../record_issue.ts";
import type { SourceRecord } from "../../values/source_records.ts";

/** The rule of dates in an order that cannot happen, and its fix. */
export const ORDER = "impossible-order";
export const ORDER_FIX = "correct whichever of the two dates is wrong in the export";

/** Issues of one patient record. */
export function patientOrderIssues(p: SourceRecord): Issue[] {
  const v = p.values as Record<string, string | null>;
  const issues: Issue[] = [];
  const diagnosis = v.diagnosis_date ?? "";
  const after = (field: string, date: string, what: string) =>
    issues.push(recordIssue(p, field, ORDER, `a date on or after ${what} (${date})`, ORDER_FIX));
  if (v.birth_date && v.birth_date > diagnosis) {
    issues.push(
      recordIssue(
        p,
        "diagnosis_date",
        ORDER,
        "a diagnosis after the birth date (not shown)",
        ORDER_FIX,
      ),
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
  return issues;
}
