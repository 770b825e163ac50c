/**
 * Source records to the rows of ingest's tables: identifiers dropped, age at diagnosis computed
 * from the birth date (completed years), each record tagged with its own pseudonymous id and the
 * id of the patient it belongs to after referral matching.
 *
 * @module
 */

import { completedYears } from "../../_shared/dates.ts";
import type { MergedRow } from "../validation/duplicates.ts";
import { INGEST_COLUMNS, type Rows } from "../../_shared/contracts/ingest_tables.ts";
import { patientKey } from "../validation/link_checks.ts";
import { pseudonym } from "./pseudonym.ts";
import type { SourceRecord } from "../values/source_records.ts";

/** What {@linkcode interimRows} needs. */
export interface InterimInput {
  patients: readonly SourceRecord[];
  lines: readonly SourceRecord[];
  assessments: readonly SourceRecord[];
  merged: readonly MergedRow[];
  personOf: ReadonlyMap<SourceRecord, string>;
  regimenOf: ReadonlyMap<SourceRecord, string>;
}

/** The patients, lines, assessments and merged-rows tables, as rows in column order. */
export function interimRows(input: InterimInput): {
  patients: Rows;
  lines: Rows;
  assessments: Rows;
  merged_rows: Rows;
} {
  const personByKey = new Map<string, string>();
  for (const [p, person] of input.personOf) {
    personByKey.set(patientKey(p.site, p.values.case_id), person);
  }
  const provenance = (r: SourceRecord) => {
    const caseId = String(r.values.case_id);
    return {
      site: r.site,
      file: r.file,
      row: r.row,
      case_id: caseId,
      usubjid: pseudonym(r.site, caseId),
      person: personByKey.get(patientKey(r.site, caseId)) ?? pseudonym(r.site, caseId),
    };
  };
  const patients = input.patients.map((p) => ({
    ...p.values,
    ...provenance(p),
    age_at_diagnosis: completedYears(String(p.values.birth_date), String(p.values.diagnosis_date)),
  }));
  const lines = input.lines.map((l) => ({
    ...l.values,
    ...provenance(l),
    line_reported: l.values.line ?? null,
    regimen_reported: l.values.regimen ?? null,
    regimen: input.regimenOf.get(l) ?? null,
  }));
  const assessments = input.assessments.map((a) => ({
    ...a.values,
    ...provenance(a),
    line_reported: a.values.line ?? null,
  }));
  const merged = input.merged.map(({ record, keptRow }) => ({
    site: record.site,
    file: record.file,
    table: record.table,
    row: record.row,
    case_id: String(record.values.case_id),
    reason: "duplicate_row",
    detail: `${record.row} repeats ${keptRow} of ${record.file} exactly`,
  }));
  return {
    patients: pick(patients, INGEST_COLUMNS.patients),
    lines: pick(lines, INGEST_COLUMNS.lines),
    assessments: pick(assessments, INGEST_COLUMNS.assessments),
    merged_rows: pick(merged, INGEST_COLUMNS.merged_rows),
  };
}

/** Only `columns`, in that order: whatever else a record holds (identifiers) is left behind. */
function pick(rows: Record<string, unknown>[], columns: readonly string[]): Rows {
  return rows.map((row) =>
    Object.fromEntries(
      columns.map((c) => [c, (row[c] ?? null) as string | number | boolean | null]),
    )
  );
}
