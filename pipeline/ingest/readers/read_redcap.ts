/**
 * A REDCap "flat" JSON export and its data dictionary. The export is an array of records whose
 * values are all strings; each record becomes a row numbered from 1 in file order (`record 12`).
 * The dictionary (REDCap's CSV layout, field names in its first column) tells which columns the
 * project defined, so that a spec mapping a column REDCap never exported is refused.
 *
 * @module
 */

import { csvParseRows } from "d3-dsv";
import type { RawRow, ReadProblem } from "./raw_table.ts";

/** Columns REDCap adds to every export itself: they are never in the data dictionary. */
export const REDCAP_SYSTEM_COLUMNS = [
  "redcap_repeat_instrument",
  "redcap_repeat_instance",
  "redcap_event_name",
  "redcap_data_access_group",
];

/** The records of a flat JSON export, as rows; or the problem that makes the file unreadable. */
export function readRedcapRecords(text: string): { rows: RawRow[]; problems: ReadProblem[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const line = /line (\d+)/.exec(message)?.[1];
    return fail(`a JSON array of records, but ${message}`, line ? `line ${line}` : "");
  }
  if (!Array.isArray(value)) {
    return fail(`a JSON array of records (a REDCap flat export), but found ${kind(value)}`, "");
  }
  const rows: RawRow[] = [];
  const problems: ReadProblem[] = [];
  value.forEach((record: unknown, i) => {
    const row = `record ${i + 1}`;
    const problem = recordProblem(record, row);
    if (problem !== undefined) return void problems.push(problem);
    const entries = Object.entries(record as Record<string, string>);
    const values = new Map(entries);
    rows.push({ row, values, at: () => row, fingerprint: JSON.stringify(entries) });
  });
  return { rows, problems };
}

/**
 * Why `record` (the element of the export numbered `row`) is no usable record: not an object of
 * field -> text; undefined when it is one.
 */
export function recordProblem(record: unknown, row: string): ReadProblem | undefined {
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    return {
      row,
      value: JSON.stringify(record)?.slice(0, 40) ?? "",
      expected: `a record (a JSON object of field -> text), but found ${kind(record)}`,
      fix: "export the records again as REDCap flat JSON (raw values)",
    };
  }
  for (const key in record) {
    const value = (record as Record<string, unknown>)[key];
    if (typeof value === "string" || !Object.hasOwn(record, key)) continue;
    return {
      row,
      column: `"${key}"`,
      value: JSON.stringify(value)?.slice(0, 40) ?? "",
      expected: `text, as REDCap exports every value, but found ${kind(value)}`,
      fix: "export the records again as REDCap flat JSON with raw values (every value quoted)",
    };
  }
  return undefined;
}

/** The field names a REDCap data dictionary defines. */
export function readRedcapDictionary(text: string): { fields: Set<string>; problem?: ReadProblem } {
  const [header, ...rows] = csvParseRows(text);
  if (header?.[0]?.trim() !== "Variable / Field Name") {
    return {
      fields: new Set(),
      problem: {
        row: "row 1",
        column: "field 1",
        value: header?.[0] ?? "",
        expected: 'a REDCap data dictionary whose first column is "Variable / Field Name"',
        fix: "name the project's data dictionary (CSV) in the spec's dictionary",
      },
    };
  }
  return { fields: new Set(rows.map((row) => (row[0] ?? "").trim()).filter((f) => f !== "")) };
}

/** A file-level problem: `fatal` marks it so the caller stops reading the file. */
function fail(expected: string, row: string): { rows: RawRow[]; problems: ReadProblem[] } {
  return {
    rows: [],
    problems: [{ row, expected, fix: "export the records again as REDCap flat JSON", fatal: true }],
  };
}

function kind(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `a ${typeof value} (${JSON.stringify(value)})`;
}
