/**
 * The order of a person's course, over every site that reported them: each line starts on or
 * after its diagnosis and ends and progresses on or after its start; nothing happens after death
 * (the earliest date of death any site reports); for a patient alive at last contact, nothing
 * happens after the last contact (the latest any site reports); a line for advanced disease starts
 * once advanced disease was diagnosed; an assessment follows the diagnosis. Rules and their meaning:
 * `pipeline/_shared/contracts/plausibility_rules.ts`.
 *
 * @module
 */

import type { Issue } from "../issues.ts";
import { recordIssue } from "../record_issue.ts";
import type { SourceRecord } from "../../values/source_records.ts";
import { ORDER, ORDER_FIX } from "./patient_order.ts";
import type { PersonRecords } from "./person_records.ts";

/** A date of a record, with the record for citing it. */
interface Reference {
  date: string;
  record: SourceRecord;
}

/** Issues of the course of one person. */
export function courseOrderIssues(person: PersonRecords): Issue[] {
  const issues: Issue[] = [];
  // A date of death counts where the record says the patient died: an alive record with a date of
  // death is its own problem (inconsistent-value), not a reason to fault every later event.
  const dead = person.patients.filter((p) => p.values.vital_status === "dead");
  const death = extreme(dead, "death_date", (a, b) => a < b);
  const lastContact = extreme(person.patients, "last_contact_date", (a, b) => a > b);
  const alive = person.patients.every((p) => p.values.vital_status !== "dead");
  const date = (r: SourceRecord, field: string) => r.values[field] as string | null;
  const afterDeath = (r: SourceRecord, field: string, rule: string, why = "") => {
    const d = date(r, field);
    if (d === null || death === undefined || d <= death.date) return false;
    issues.push(recordIssue(
      r,
      field,
      rule,
      `a date on or before the date of death (${cite(death, r)})${why}`,
      rule === ORDER ? ORDER_FIX : "correct the date, or the date of death, in the export",
    ));
    return true;
  };
  const afterLastContact = (r: SourceRecord, field: string) => {
    const d = date(r, field);
    if (!alive || d === null || lastContact === undefined || d <= lastContact.date) return;
    issues.push(recordIssue(
      r,
      field,
      "event-after-last-contact",
      `a date on or before the last contact (${cite(lastContact, r)}), since the patient is ` +
        "alive: nothing is known after it",
      "correct the date, or bring the last contact up to date, in the export",
    ));
  };
  for (const p of person.patients) {
    afterDeath(p, "last_contact_date", ORDER);
    if (!afterDeath(p, "advanced_date", ORDER)) afterLastContact(p, "advanced_date");
  }
  for (const { record: line, patient } of person.lines) {
    const start = date(line, "start_date") ?? "";
    const diagnosis = date(patient, "diagnosis_date");
    if (diagnosis && start < diagnosis) {
      issues.push(recordIssue(
        line,
        "start_date",
        ORDER,
        `a start on or after the diagnosis (${diagnosis}): treatment cannot precede diagnosis`,
        ORDER_FIX,
      ));
    } else if (!afterDeath(line, "start_date", ORDER, ": treatment cannot follow death")) {
      afterLastContact(line, "start_date");
    }
    for (const field of ["end_date", "progression_date"]) {
      const d = date(line, field);
      if (d && d < start) {
        issues.push(recordIssue(
          line,
          field,
          ORDER,
          `a date on or after the line's start (${start})`,
          ORDER_FIX,
        ));
      } else if (!afterDeath(line, field, "event-after-death")) afterLastContact(line, field);
    }
    const advanced = date(patient, "advanced_date");
    if (line.values.setting === "advanced" && advanced && start < advanced) {
      issues.push(recordIssue(
        line,
        "start_date",
        "line-before-advanced-disease",
        `a start on or after the diagnosis of advanced disease (${advanced}), since line ` +
          `${line.values.line} is for advanced disease`,
        "correct the start, the date of advanced disease, or the line's setting (perioperative)",
      ));
    }
  }
  for (const { record: a, patient } of person.assessments) {
    const d = date(a, "assessment_date") ?? "";
    const diagnosis = date(patient, "diagnosis_date");
    if (diagnosis && d < diagnosis) {
      issues.push(recordIssue(
        a,
        "assessment_date",
        "assessment-before-diagnosis",
        `an assessment on or after the diagnosis (${diagnosis})`,
        "correct the date of the assessment (or of the diagnosis) in the export",
      ));
    } else if (!afterDeath(a, "assessment_date", "event-after-death")) {
      afterLastContact(a, "assessment_date");
    }
  }
  return issues;
}

/** The record whose `field` comes first by `before` (earliest or latest), with its date. */
function extreme(
  records: readonly SourceRecord[],
  field: string,
  before: (a: string, b: string) => boolean,
): Reference | undefined {
  let found: Reference | undefined;
  for (const record of records) {
    const d = record.values[field];
    if (typeof d === "string" && (found === undefined || before(d, found.date))) {
      found = { date: d, record };
    }
  }
  return found;
}

/** A date with where it is, when another record than `from`'s own patient reports it. */
function cite(reference: Reference, from: SourceRecord): string {
  const own = reference.record.site === from.site &&
    reference.record.values.case_id === from.values.case_id;
  const r = reference.record;
  return own ? reference.date : `${reference.date}, ${r.site} ${r.file} ${r.row}`;
}
