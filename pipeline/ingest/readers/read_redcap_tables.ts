/**
 * A REDCap export split into the spec's tables: each record goes to the table whose `where` it
 * matches (for example `{"redcap_repeat_instrument": "treatment_line"}`). A record that matches
 * no table, or more than one, is an issue: every record must be accounted for exactly once.
 *
 * @module
 */

import type { RawRow, RawTable, ReadProblem } from "./raw_table.ts";
import { readRedcapDictionary, readRedcapRecords, REDCAP_SYSTEM_COLUMNS } from "./read_redcap.ts";
import type { FileSpec, TableSpec } from "../site_specs/types.ts";

/** The reader of each table of a REDCap file, or the problem that makes the file unreadable. */
export function readRedcapTables(json: string, dictionaryText: string, file: FileSpec): {
  read(index: number, table: TableSpec): { raw: RawTable; problems: ReadProblem[] };
  columns(table: TableSpec): Set<string>;
} | { problem: ReadProblem } {
  const dictionary = readRedcapDictionary(dictionaryText);
  if (dictionary.problem) {
    return {
      problem: {
        ...dictionary.problem,
        row: `dictionary ${file.dictionary} ${dictionary.problem.row}`,
      },
    };
  }
  const { rows, problems } = readRedcapRecords(json);
  const fatal = problems.find((p) => p.fatal);
  if (fatal) return { problem: fatal };
  const byTable: RawRow[][] = file.tables.map(() => []);
  for (const row of rows) {
    const get = (column: string) => row.values.get(column);
    const matches = file.tables.flatMap((table, i) => matchesWhere(get, table) ? [i] : []);
    if (matches.length === 1) byTable[matches[0] ?? 0]?.push(row);
    else problems.push(unmatchedProblem(file, row.row, get, matches.length));
  }
  const columns = new Set([...dictionary.fields, ...REDCAP_SYSTEM_COLUMNS]);
  return {
    read: (index) => ({
      raw: { header: [...columns], rows: byTable[index] ?? [] },
      // Record-level problems are reported once, with the first table.
      problems: index === 0 ? problems : [],
    }),
    columns: () => columns,
  };
}

/** Whether the record whose values `get` gives is one that `table`'s where selects. */
export function matchesWhere(
  get: (column: string) => unknown,
  table: TableSpec,
): boolean {
  return Object.entries(table.where ?? {}).every(([column, value]) => get(column) === value);
}

/** The problem of a record that `matches` (0, or more than 1) tables select. */
export function unmatchedProblem(
  file: FileSpec,
  row: string,
  get: (column: string) => unknown,
  matches: number,
): ReadProblem {
  const columns = [...new Set(file.tables.flatMap((t) => Object.keys(t.where ?? {})))];
  const found = columns.map((c) => `${c} = ${JSON.stringify(get(c) ?? null)}`);
  return {
    row,
    column: columns.map((c) => `"${c}"`).join(", "),
    value: found.join(", "),
    expected: matches === 0
      ? "a record that one table's where selects, but none does"
      : "a record that one table's where selects, but several do",
    fix: "correct the tables' where in site.json so that every record belongs to one table",
  };
}
