/**
 * Repeated rows. An exact duplicate (every field of the row identical, mapped or not) within one
 * file is merged: the first is kept, the others are counted as `duplicate_row`. Two rows that share
 * a key but differ in content cannot both be right, so they are an issue naming both rows.
 * Keys: a patient's case number within a site; a line's case number and line number; an
 * assessment's case number, line number and date.
 *
 * @module
 */

import type { Issue } from "./issues.ts";
import { recordIssue } from "./record_issue.ts";
import type { SourceRecord } from "../values/source_records.ts";

/** A row merged into an identical earlier row of the same file. */
export interface MergedRow {
  record: SourceRecord;
  /** The row it repeats. */
  keptRow: string;
}

const KEY_FIELDS = {
  patients: ["case_id"],
  lines: ["case_id", "line"],
  assessments: ["case_id", "line", "assessment_date"],
} as const;

/** `records` without exact duplicates within a file, and the rows merged. */
export function mergeExactDuplicates(
  records: readonly SourceRecord[],
): { kept: SourceRecord[]; merged: MergedRow[] } {
  const first = new Map<string, SourceRecord>();
  const kept: SourceRecord[] = [];
  const merged: MergedRow[] = [];
  for (const record of records) {
    const key = JSON.stringify([record.site, record.file, record.table, record.fingerprint]);
    const earlier = first.get(key);
    if (earlier) merged.push({ record, keptRow: earlier.row });
    else {
      first.set(key, record);
      kept.push(record);
    }
  }
  return { kept, merged };
}

/** An issue for every record whose key an earlier record of the same site and table has. */
export function duplicateKeyIssues(records: readonly SourceRecord[]): Issue[] {
  const first = new Map<string, SourceRecord>();
  const issues: Issue[] = [];
  for (const record of records) {
    const fields = KEY_FIELDS[record.table];
    const key = JSON.stringify([record.site, record.table, ...fields.map((f) => record.values[f])]);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, record);
      continue;
    }
    const last = fields[fields.length - 1] ?? "case_id";
    const where = earlier.file === record.file ? earlier.row : `${earlier.file} ${earlier.row}`;
    issues.push(recordIssue(
      record,
      last,
      "duplicate-key",
      `one ${record.table} row per ${fields.join(" + ")}, but ${where} has the same ` +
        (earlier.fingerprint === record.fingerprint ? "key" : "key with different content"),
      "keep the right row of the two in the export (or correct its key)",
    ));
  }
  return issues;
}
