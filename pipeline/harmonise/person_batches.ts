/**
 * Ingest's record tables in batches of whole persons, in person-id order: harmonise holds one
 * batch as row objects at a time, so that its memory follows the batch, not the cohort (a million
 * patients are seven million raw rows). A person's records from every site, lines and assessments
 * are in the same batch, in the tables' order, so each batch groups into persons exactly as the
 * whole cohort would (`groupPersons`).
 *
 * @module
 */

import { rowsAt, rowsByBatch, type Table } from "../_shared/table_io.ts";
import { compare } from "./persons.ts";
import type { AssessmentRecord, LineRecord, PatientRecord } from "./ingest_records.ts";

/** Ingest's patients, lines and assessments, columnar, as ingest wrote them. */
export interface IngestRecordTables {
  patients: Table;
  lines: Table;
  assessments: Table;
}

/** The record rows of one batch of persons. */
export interface PersonBatch {
  patients: PatientRecord[];
  lines: LineRecord[];
  assessments: AssessmentRecord[];
}

/** Persons per batch: large enough that per-batch work is negligible, small for memory. */
export const BATCH_PERSONS = 25_000;

/**
 * The tables in batches of `size` persons in person-id order (code-unit order, as
 * `groupPersons` sorts them). A line or assessment whose person has no patient record belongs to
 * no batch, as `groupPersons` leaves it out (ingest refuses such rows).
 */
export function* personBatches(
  tables: IngestRecordTables,
  size = BATCH_PERSONS,
): Generator<PersonBatch> {
  const persons = tables.patients.column("person")!;
  const ids = [
    ...new Set(Array.from({ length: tables.patients.numRows() }, (_, i) => String(persons.at(i)))),
  ].sort(compare);
  const batchOf = new Map<string, number>();
  ids.forEach((id, at) => batchOf.set(id, Math.floor(at / size)));
  const batches = Math.max(1, Math.ceil(ids.length / size));
  const rowsOf = (table: Table) => rowsByBatch(table, "person", batchOf, batches);
  const patients = rowsOf(tables.patients);
  const lines = rowsOf(tables.lines);
  const assessments = rowsOf(tables.assessments);
  for (let b = 0; b < batches; b++) {
    yield {
      patients: rowsAt(tables.patients, patients[b]!) as unknown as PatientRecord[],
      lines: rowsAt(tables.lines, lines[b]!) as unknown as LineRecord[],
      assessments: rowsAt(tables.assessments, assessments[b]!) as unknown as AssessmentRecord[],
    };
    // Let this batch's index lists go with its rows.
    patients[b] = lines[b] = assessments[b] = [];
  }
}
