/**
 * An issue or a warning about one field of a source record, located at the field's cell. The value
 * of an identifier field is never copied into it: the field is named instead.
 *
 * @module
 */

import type { DataWarning } from "../../_shared/contracts/data_warning.ts";
import type { Issue, PendingCell } from "./issues.ts";
import { SOURCE_FIELDS } from "../values/source_fields.ts";
import type { SourceRecord } from "../values/source_records.ts";

/** An issue at `field` of `record`. */
export function recordIssue(
  record: SourceRecord,
  field: string,
  rule: string,
  expected: string,
  fix: string,
): Issue {
  const identifier = SOURCE_FIELDS[record.table][field]?.identifier ?? false;
  return {
    site: record.site,
    file: record.file,
    ...record.at(field),
    value: identifier ? { withheld: field } : found(record, field),
    rule,
    expected,
    fix,
  };
}

/** A data warning whose value may still be a cell to look up (see {@linkcode PendingCell}). */
export type IngestWarning = Omit<DataWarning, "value"> & { value: string | null | PendingCell };

/** A warning at `field` of `record`. */
export function recordWarning(
  record: SourceRecord,
  field: string,
  rule: string,
  message: string,
): IngestWarning {
  const identifier = SOURCE_FIELDS[record.table][field]?.identifier ?? false;
  return {
    site: record.site,
    file: record.file,
    ...record.at(field),
    value: identifier ? null : found(record, field),
    rule,
    message,
  };
}

/** The field's text as the file has it; the parsed value when the text is not at hand. */
function found(record: SourceRecord, field: string): string | null | PendingCell {
  const value = record.values[field] ?? null;
  const cell = record.cells[field];
  if (cell === "") return null;
  return cell ?? (value === null ? null : String(value));
}
