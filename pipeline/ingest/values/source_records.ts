/**
 * Raw rows to source records: each mapped column parsed as its source field, with every value that
 * cannot be used reported where it is. A record keeps where it came from (site, file, row) so that
 * later checks, and the reconciliation, can name it.
 *
 * @module
 */

import type { Issue, PendingCell } from "../validation/issues.ts";
import { parseValue, type Value } from "./parse_value.ts";
import type { TableRead } from "../readers/read_site.ts";
import { SOURCE_FIELDS, type SourceTable } from "./source_fields.ts";

/** One row of a source table, typed; identifiers included (they never leave ingest). */
export interface SourceRecord {
  site: string;
  file: string;
  table: SourceTable;
  /** The row as the file numbers it. */
  row: string;
  /** Every source field of the table; unmapped fields are null. */
  values: Record<string, Value>;
  /**
   * Each mapped field's text as the file has it (trimmed), for messages; a record kept as columns
   * points at the cell instead, whose text is looked up only if a message needs it.
   */
  cells: Record<string, string | null | PendingCell>;
  /** Where a field's value is, and the column it came from. */
  at(field: string): { row: string; column: string };
  /** Identical for two rows of one file exactly when every field is identical. */
  fingerprint: string;
}

const CASE_ID = /^[A-Za-z0-9_-]{1,16}$/;

/**
 * The records of `read`, and an issue for each unusable value. `failed` holds the rows that had an
 * issue, with the values that could be parsed: later checks use them to know which patients and
 * lines exist, so that one bad value does not also make its children look orphaned.
 */
export function sourceRecords(
  read: TableRead,
): { records: SourceRecord[]; failed: SourceRecord[]; issues: Issue[] } {
  const { site, file, table, raw } = read;
  const fields = SOURCE_FIELDS[table.table];
  const records: SourceRecord[] = [];
  const failed: SourceRecord[] = [];
  const issues: Issue[] = [];
  for (const row of raw.rows) {
    const at = (field: string) => {
      const column = table.columns[field];
      return column === undefined
        ? { row: row.row, column: `(${field}, not mapped)` }
        : { row: row.at(column), column: `"${column}" (${field})` };
    };
    const values: Record<string, Value> = {};
    const cells: Record<string, string | null> = {};
    let usable = true;
    for (const [name, field] of Object.entries(fields)) {
      const column = table.columns[name];
      const cell = column === undefined ? undefined : row.values.get(column);
      const parsed = parseValue(cell, field, {
        file,
        codes: table.codes[name],
        dateSystem: raw.dateSystem,
      });
      const text = cell === undefined ? "" : String(cell).trim();
      const found = field.identifier ? { withheld: name } : text === "" ? null : text;
      const report = (rule: string, expected: string, fix: string) => {
        usable = false;
        issues.push({ site, file: file.path, ...at(name), value: found, rule, expected, fix });
      };
      values[name] = "failure" in parsed ? null : parsed.value;
      cells[name] = cell === undefined ? null : String(cell).trim();
      if ("failure" in parsed) {
        report(parsed.failure.rule, parsed.failure.expected, parsed.failure.fix);
      } else if (parsed.value === null && field.required) {
        report(
          "missing-required",
          `a value: ${name} is required`,
          "fill in the value in the export",
        );
      } else if (
        name === "case_id" && parsed.value !== null && !CASE_ID.test(String(parsed.value))
      ) {
        report(
          "invalid-case-id",
          "a case number of 1 to 16 letters, digits, _ or -",
          "correct the case number in the export",
        );
      }
    }
    // The codebook: a line is for advanced disease when the site does not say otherwise.
    if (table.table === "lines") values.setting ??= "advanced";
    (usable ? records : failed).push({
      site,
      file: file.path,
      table: table.table,
      row: row.row,
      values,
      cells,
      at,
      fingerprint: row.fingerprint,
    });
  }
  return { records, failed, issues };
}
