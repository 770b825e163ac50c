/**
 * Records grouped as persons, on columns, as `validation/plausibility/person_records.ts` groups
 * them: a referred patient's records from every site; each line with its own site's patient
 * record, each assessment with its patient record and its line (when the site has it). Persons
 * are numbered in the order their first patient record comes; each person's records are lists of
 * global record numbers, kept in cohort order (`cohort_records.ts`).
 *
 * @module
 */

import type { PersonRecords } from "../validation/plausibility/person_records.ts";
import type { CohortRecords } from "./cohort_records.ts";
import { locate } from "./cohort_records.ts";
import { recordView } from "./record_view.ts";

/** One list per person, as offsets into a list of record numbers. */
export interface Grouped {
  offsets: Int32Array;
  records: Int32Array;
}

/** The cohort's persons. */
export interface Persons {
  count: number;
  /** The person of each patient record (global number). */
  personOfPatient: Int32Array;
  patients: Grouped;
  /** Lines whose site has their patient; each line's patient record (global number). */
  lines: Grouped;
  linePatient: Int32Array;
  /** Assessments whose site has their patient; each one's patient and line (-1: no line). */
  assessments: Grouped;
  assessmentPatient: Int32Array;
  assessmentLine: Int32Array;
}

/** The persons of the cohort, given the person id of each patient record. */
export function cohortPersons(cohort: CohortRecords, personOf: readonly string[]): Persons {
  const { sites, tables } = cohort;
  const numbers = new Map<string, number>();
  const personOfPatient = new Int32Array(tables.patients.length);
  for (let g = 0; g < personOf.length; g++) {
    const id = personOf[g]!;
    let n = numbers.get(id);
    if (n === undefined) {
      n = numbers.size;
      numbers.set(id, n);
    }
    personOfPatient[g] = n;
  }
  const count = numbers.size;
  const linePatient = new Int32Array(tables.lines.length).fill(-1);
  const assessmentPatient = new Int32Array(tables.assessments.length).fill(-1);
  const assessmentLine = new Int32Array(tables.assessments.length).fill(-1);
  sites.forEach((site, s) => {
    const { index } = site;
    const patientBase = tables.patients.offsets[s]!;
    const lineBase = tables.lines.offsets[s]!;
    const lastLine = new Map<number | string, number>();
    for (let i = 0; i < index.lineKeys.length; i++) {
      const patient = index.patientOfCase[index.caseOf.lines[i]!]!;
      if (patient === -1) continue;
      linePatient[lineBase + i] = patientBase + patient;
      lastLine.set(index.lineKeys[i]!, lineBase + i);
    }
    const base = tables.assessments.offsets[s]!;
    for (let i = 0; i < index.assessmentLineKeys.length; i++) {
      const patient = index.patientOfCase[index.caseOf.assessments[i]!]!;
      if (patient === -1) continue;
      assessmentPatient[base + i] = patientBase + patient;
      assessmentLine[base + i] = lastLine.get(index.assessmentLineKeys[i]!) ?? -1;
    }
  });
  const personOfRecord = (patients: Int32Array) =>
    Int32Array.from(patients, (p) => p === -1 ? -1 : personOfPatient[p]!);
  return {
    count,
    personOfPatient,
    patients: group(personOfPatient, count),
    lines: group(personOfRecord(linePatient), count),
    linePatient,
    assessments: group(personOfRecord(assessmentPatient), count),
    assessmentPatient,
    assessmentLine,
  };
}

/** Records grouped by person (-1: none), each person's in record order (a counting sort). */
function group(personOf: Int32Array, count: number): Grouped {
  const offsets = new Int32Array(count + 1);
  for (const p of personOf) if (p !== -1) offsets[p + 1]!++;
  for (let p = 0; p < count; p++) offsets[p + 1]! += offsets[p]!;
  const records = new Int32Array(offsets[count]!);
  const next = offsets.slice(0, count);
  personOf.forEach((p, r) => {
    if (p !== -1) records[next[p]!++] = r;
  });
  return { offsets, records };
}

/** The records of person `p`, as the objects the course checks read. */
export function personRecords(cohort: CohortRecords, persons: Persons, p: number): PersonRecords {
  const view = (table: "patients" | "lines" | "assessments", g: number) => {
    const { site, local } = locate(cohort, table, g);
    return recordView(site, table, local);
  };
  const members = (grouped: Grouped) =>
    Array.from(grouped.records.subarray(grouped.offsets[p]!, grouped.offsets[p + 1]!));
  return {
    patients: members(persons.patients).map((g) => view("patients", g)),
    lines: members(persons.lines).map((g) => ({
      record: view("lines", g),
      patient: view("patients", persons.linePatient[g]!),
    })),
    assessments: members(persons.assessments).map((g) => {
      const line = persons.assessmentLine[g]!;
      return {
        record: view("assessments", g),
        patient: view("patients", persons.assessmentPatient[g]!),
        ...(line === -1 ? {} : { line: view("lines", line) }),
      };
    }),
  };
}
