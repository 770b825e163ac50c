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
    const matches = file.tables.flatMap((table, i) => matchesWhere(row, table) ? [i] : []);
    if (matches.length === 1) byTable[matches[0] ?? 0]?.push(row);
    else {
      const columns = [...new Set(file.tables.flatMap((t) => Object.keys(t.where ?? {})))];
      const found = columns.map((c) => `${c} = ${JSON.stringify(row.values.get(c) ?? null)}`);
      problems.push({
        row: row.row,
        column: columns.map((c) => `"${c}"`).join(", "),
        value: found.join(", "),
        expected: matches.length === 0
          ? "a record that one table's where selects, but none does"
          : "a record that one table's where selects, but several do",
        fix: "correct the tables' where in site.json so that every record belongs to one table",
      });
    }
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

function matchesWhere(row: RawRow, table: TableSpec): boolean {
  return Object.entries(table.where ?? {}).every(([column, value]) =>
    row.values.get(column) === value
  );
}
