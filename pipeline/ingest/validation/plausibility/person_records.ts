/**
 * Source records grouped as a person, for the checks that need a whole patient: a referred
 * patient's records from every site, each line and assessment with its own site's patient record
 * (and an assessment with its line). Harmonise pools the same records later; checking them here,
 * together, is what lets ingest promise that harmonise and derive never meet an impossible course.
 * The grouping itself is done on columns (`cohort/persons.ts`).
 *
 * @module
 */

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
