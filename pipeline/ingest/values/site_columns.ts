/**
 * One site's reads as three tables of columns (patients, lines, assessments), records in read
 * order, with exact duplicates merged: a row whose every field (mapped or not) repeats an earlier
 * row of the same file and table is counted as `duplicate_row` and not kept. Rows are compared by
 * their fingerprints (`fingerprint.ts`) and, to be sure, by every value kept.
 *
 * @module
 */

import type { Issue } from "../validation/issues.ts";
import type { SiteRead, TableColumns } from "../readers/site_tables.ts";
import { rowLabel } from "../readers/read_location.ts";
import type { SiteSpec } from "../site_specs/types.ts";
import type { SourceTable } from "./source_fields.ts";
import {
  type FailedRecord,
  type FieldColumn,
  keptFields,
  type ReadRecords,
  type RecordColumns,
} from "./record_columns.ts";

/** A row merged into an identical earlier row of the same file. */
export interface MergedRecord {
  file: string;
  table: SourceTable;
  row: string;
  caseId: string;
  /** The row it repeats. */
  keptRow: string;
}

/** A site's records as columns, and what reading them found. */
export interface SiteColumns {
  site: string;
  /** The site's reads, in spec order (a record's `read` indexes this). */
  reads: Omit<TableColumns, "records">[];
  tables: Record<SourceTable, RecordColumns>;
  merged: MergedRecord[];
  readIssues: Issue[];
  valueIssues: Issue[];
  failed: FailedRecord[];
}

const TABLES: readonly SourceTable[] = ["patients", "lines", "assessments"];

/** The columns of the site read `read`, whose spec is `spec`. */
export function siteColumns(read: SiteRead, spec: SiteSpec): SiteColumns {
  const merged: MergedRecord[] = [];
  // For each read, which of its records are kept (not an exact duplicate of an earlier one).
  const kept = read.reads.map((r) => new Uint8Array(r.records.length).fill(1));
  const first = new Map<string, Map<number, [number, number]>>();
  read.reads.forEach(({ fileIndex, records, location }, r) => {
    const file = spec.files[fileIndex]!.path;
    const key = `${file}\u0000${records.table}`;
    const seen = first.get(key) ?? new Map<number, [number, number]>();
    first.set(key, seen);
    for (let i = 0; i < records.length; i++) {
      const print = records.fingerprint[i]!;
      const earlier = seen.get(print);
      if (earlier === undefined) {
        seen.set(print, [r, i]);
        continue;
      }
      const [er, ei] = earlier;
      const other = read.reads[er]!;
      if (!sameValues(records, i, other.records, ei)) continue;
      kept[r]![i] = 0;
      merged.push({
        file,
        table: records.table,
        row: rowLabel(location, records.row[i]!),
        caseId: String(records.values.case_id?.[i] ?? null),
        keptRow: rowLabel(other.location, other.records.row[ei]!),
      });
    }
  });
  const tables = Object.fromEntries(
    TABLES.map((table) => [table, concatenate(table, read.reads, kept)]),
  ) as Record<SourceTable, RecordColumns>;
  return {
    site: read.site,
    reads: read.reads.map(({ records: _, ...rest }) => rest),
    tables,
    merged,
    readIssues: read.readIssues,
    valueIssues: read.valueIssues,
    failed: read.failed,
  };
}

function sameValues(a: ReadRecords, i: number, b: ReadRecords, j: number): boolean {
  for (const name of Object.keys(a.values)) {
    const x = a.values[name]![i];
    const y = b.values[name]![j];
    if (x !== y && !(Number.isNaN(x) && Number.isNaN(y))) return false;
  }
  return true;
}

/** The kept records of `table` over every read, in read order. */
function concatenate(
  table: SourceTable,
  reads: readonly TableColumns[],
  kept: readonly Uint8Array[],
): RecordColumns {
  const parts = reads.map((r, i) => ({ r, i })).filter(({ r }) => r.records.table === table);
  let length = 0;
  for (const { i } of parts) for (const k of kept[i]!) length += k;
  const read = new Int32Array(length);
  const row = new Float64Array(length);
  const fingerprint = new Float64Array(length);
  const values: Record<string, FieldColumn> = {};
  const fields = keptFields(table);
  const targets = fields.map(([name, spec]) => {
    const column: FieldColumn = spec.type === "date"
      ? new Int32Array(length)
      : spec.type === "code"
      ? new Int8Array(length)
      : spec.type === "text"
      ? new Array<string | null>(length)
      : new Float64Array(length);
    values[name] = column;
    return [name, column] as const;
  });
  let at = 0;
  for (const { r, i } of parts) {
    const flags = kept[i]!;
    for (let k = 0; k < r.records.length; k++) {
      if (flags[k] === 0) continue;
      read[at] = i;
      row[at] = r.records.row[k]!;
      fingerprint[at] = r.records.fingerprint[k]!;
      for (const [name, column] of targets) {
        (column as (number | string | null)[])[at] = r.records.values[name]![k]!;
      }
      at++;
    }
  }
  return { table, length, read, row, fingerprint, values };
}
