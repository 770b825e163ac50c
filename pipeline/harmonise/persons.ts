/**
 * Patients as persons: the records of one patient from every site that reported them (ingest has
 * matched referrals and set `person`), with the record whose site treated advanced disease first as
 * the canonical one, and the person's lines and assessments from all those sites.
 *
 * @module
 */

import type {
  AssessmentRecord,
  IngestTables,
  LineRecord,
  PatientRecord,
} from "./ingest_records.ts";

/** One patient, over every site that reported them. */
export interface Person {
  /** The pseudonymous id kept: the canonical record's `usubjid`. */
  id: string;
  canonical: PatientRecord;
  /** Every record, the canonical one first, then by site code. */
  records: PatientRecord[];
  lines: LineRecord[];
  assessments: AssessmentRecord[];
}

/** The persons of `tables`, sorted by id. */
export function groupPersons(
  tables: Pick<IngestTables, "patients" | "lines" | "assessments">,
): Person[] {
  const persons = new Map<string, Person>();
  for (const record of tables.patients) {
    const person = persons.get(record.person);
    if (person) person.records.push(record);
    else {persons.set(record.person, {
        id: record.person,
        canonical: record,
        records: [record],
        lines: [],
        assessments: [],
      });}
  }
  for (const person of persons.values()) {
    const canonical = person.records.find((r) => r.usubjid === person.id);
    if (canonical === undefined) {
      throw new Error(`ingest output: person ${person.id} has no record of its own id`);
    }
    person.canonical = canonical;
    person.records.sort((a, b) =>
      rank(a, person.id) - rank(b, person.id) || compare(a.site, b.site)
    );
  }
  for (const line of tables.lines) persons.get(line.person)?.lines.push(line);
  for (const assessment of tables.assessments) {
    persons.get(assessment.person)?.assessments.push(assessment);
  }
  return [...persons.values()].sort((a, b) => compare(a.id, b.id));
}

function rank(record: PatientRecord, id: string): number {
  return record.usubjid === id ? 0 : 1;
}

/** Plain code-unit order, independent of locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
