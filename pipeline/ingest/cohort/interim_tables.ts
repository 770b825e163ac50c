/**
 * Ingest's tables for harmonise (`_shared/contracts/ingest_tables.ts`), made from the columns
 * without a row object: each column of each table is a visitor that hands its values over, site by
 * site, to whoever writes it. The values are those the row objects had: provenance (site, file,
 * row as the file numbers it, case number, the record's pseudonymous id and its person's), ISO
 * dates, common codes, numbers, age at diagnosis in completed years, the regimen as reported and
 * normalised. Names, hospital numbers and birth dates are not among them.
 *
 * @module
 */

import { completedYears } from "../../_shared/dates.ts";
import {
  INGEST_COLUMNS,
  type IngestTableName,
  type Rows,
} from "../../_shared/contracts/ingest_tables.ts";
import { rowLabel } from "../readers/read_location.ts";
import { pseudonym } from "../pseudonymisation/pseudonym.ts";
import { SOURCE_FIELDS, type SourceTable } from "../values/source_fields.ts";
import { NO_DAY } from "../values/record_columns.ts";
import type { CohortRecords } from "./cohort_records.ts";
import type { CohortSite } from "./cohort_site.ts";
import { isoOfDay } from "./iso_days.ts";
import { valueOf } from "./record_view.ts";

/** A value of an interim table. */
export type InterimValue = string | number | boolean | null;

/** Hands each value of a column to `take`, in row order. */
export type ColumnVisitor = (take: (value: InterimValue) => void) => void;

/** An interim table: its columns in order, its length, and a visitor per column. */
export interface InterimTable {
  columns: readonly string[];
  length: number;
  column(name: string): ColumnVisitor;
}

/** What the record tables need besides the cohort's columns. */
export interface InterimInput {
  cohort: CohortRecords;
  /** Each patient record's own pseudonymous id, by site. */
  ids: readonly string[][];
  /** Each patient record's person (global number). */
  personOf: readonly string[];
  /** Each line's normalised regimen, by site. */
  regimens: readonly (string | null)[][];
}

/** The patients, lines and assessments tables. */
export function recordTables(
  input: InterimInput,
): Record<"patients" | "lines" | "assessments", InterimTable> {
  const { cohort } = input;
  // Per site: each case's own pseudonymous id and its person (a case without a patient: its id).
  const cases = cohort.sites.map((site, s) => {
    const own = site.index.cases.map((c) => pseudonym(site.spec.site, c));
    const person = own.map((id, c) => {
      const patient = site.index.patientOfCase[c]!;
      return patient === -1 ? id : input.personOf[cohort.tables.patients.offsets[s]! + patient]!;
    });
    return { own, person };
  });
  const table = (name: SourceTable): InterimTable => ({
    columns: INGEST_COLUMNS[name],
    length: cohort.tables[name].length,
    column: (column) => (take) => {
      cohort.sites.forEach((site, s) => {
        const get = getter(site, name, column, { ...input, cases: cases[s]!, s });
        const length = site.columns.tables[name].length;
        for (let i = 0; i < length; i++) take(get(i));
      });
    },
  });
  return { patients: table("patients"), lines: table("lines"), assessments: table("assessments") };
}

/** The getter of `column` of table `name` at `site`, by local record index. */
function getter(
  site: CohortSite,
  name: SourceTable,
  column: string,
  context: InterimInput & { cases: { own: string[]; person: string[] }; s: number },
): (i: number) => InterimValue {
  const columns = site.columns.tables[name];
  const caseOf = site.index.caseOf[name];
  const field = (key: string) => {
    const spec = SOURCE_FIELDS[name][key]!;
    const values = columns.values[key];
    return (i: number) => valueOf(values, spec.type, spec.values, i);
  };
  switch (column) {
    case "site":
      return () => site.spec.site;
    case "file": {
      const paths = site.columns.reads.map((r) => site.spec.files[r.fileIndex]!.path);
      return (i) => paths[columns.read[i]!]!;
    }
    case "row":
      return (i) => rowLabel(site.columns.reads[columns.read[i]!]!.location, columns.row[i]!);
    case "case_id":
      return (i) => site.index.cases[caseOf[i]!]!;
    case "usubjid":
      return name === "patients"
        ? (i) => context.ids[context.s]![i]!
        : (i) => context.cases.own[caseOf[i]!]!;
    case "person": {
      const base = context.cohort.tables.patients.offsets[context.s]!;
      return name === "patients"
        ? (i) => context.personOf[base + i]!
        : (i) => context.cases.person[caseOf[i]!]!;
    }
    case "age_at_diagnosis": {
      const birth = columns.values.birth_date as Int32Array;
      const diagnosis = columns.values.diagnosis_date as Int32Array;
      return (i) =>
        birth[i] === NO_DAY || diagnosis[i] === NO_DAY
          ? null
          : completedYears(isoOfDay(birth[i]!), isoOfDay(diagnosis[i]!));
    }
    case "line_reported":
      return field("line");
    case "regimen_reported":
      return field("regimen");
    case "regimen":
      return (i) => context.regimens[context.s]![i] ?? null;
    default:
      return field(column);
  }
}

/** A small table of plain rows (merged rows, rows read, warnings) with fixed columns. */
export function rowsInterimTable(rows: Rows, columns: readonly string[]): InterimTable {
  return {
    columns,
    length: rows.length,
    column: (name) => (take) => {
      for (const row of rows) take(row[name] ?? null);
    },
  };
}

/** The table's rows as objects (for tests and small cohorts). */
export function tableRows(table: InterimTable): Rows {
  const rows: Rows = Array.from({ length: table.length }, () => ({}));
  for (const name of table.columns) {
    let i = 0;
    table.column(name)((value) => rows[i++]![name] = value);
  }
  return rows;
}

/** The names of ingest's tables, in the order they are written. */
export const INTERIM_TABLES: readonly IngestTableName[] = [
  "patients",
  "lines",
  "assessments",
  "merged_rows",
  "rows_read",
  "warnings",
];
