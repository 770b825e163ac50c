/**
 * Source records grouped as persons for the checks that need a whole patient: a referred
 * patient's records from every site, each line and assessment with its own site's patient record
 * (and an assessment with its line). Harmonise pools the same records later; checking them here,
 * together, is what lets ingest promise that harmonise and derive never meet an impossible course.
 *
 * @module
 */

import { patientKey } from "../link_checks.ts";
import type { SourceRecord } from "../../values/source_records.ts";

/** A line of a person, with the patient record of its site. */
export interface PersonLine {
  record: SourceRecord;
  patient: SourceRecord;
}

/** An assessment of a person, with the patient record and the line (when known) of its site. */
export interface PersonAssessment {
  record: SourceRecord;
  patient: SourceRecord;
  line?: SourceRecord;
}

/** Every record of one person. */
export interface PersonRecords {
  patients: SourceRecord[];
  lines: PersonLine[];
  assessments: PersonAssessment[];
}

/** The persons of the records; `personOf` is the referral matching (patient record -> id). */
export function personRecords(
  patients: readonly SourceRecord[],
  lines: readonly SourceRecord[],
  assessments: readonly SourceRecord[],
  personOf: ReadonlyMap<SourceRecord, string>,
): PersonRecords[] {
  const persons = new Map<string, PersonRecords>();
  const patientOf = new Map<string, SourceRecord>();
  for (const p of patients) {
    const id = personOf.get(p) ?? patientKey(p.site, p.values.case_id);
    const person = persons.get(id) ?? { patients: [], lines: [], assessments: [] };
    person.patients.push(p);
    persons.set(id, person);
    patientOf.set(patientKey(p.site, p.values.case_id), p);
  }
  const personOfPatient = (p: SourceRecord) =>
    persons.get(personOf.get(p) ?? patientKey(p.site, p.values.case_id));
  const lineOf = new Map<string, SourceRecord>();
  for (const record of lines) {
    const patient = patientOf.get(patientKey(record.site, record.values.case_id));
    if (patient === undefined) continue;
    personOfPatient(patient)?.lines.push({ record, patient });
    lineOf.set(
      `${patientKey(record.site, record.values.case_id)}\u0000${record.values.line}`,
      record,
    );
  }
  for (const record of assessments) {
    const key = patientKey(record.site, record.values.case_id);
    const patient = patientOf.get(key);
    if (patient === undefined) continue;
    const line = lineOf.get(`${key}\u0000${record.values.line}`);
    personOfPatient(patient)?.assessments.push({ record, patient, line });
  }
  return [...persons.values()];
}
