/**
 * Delimited text (CSV and kin) to a {@linkcode RawTable}, with d3-dsv's RFC 4180 parser and the
 * spec's delimiter. Rows are numbered as a text editor numbers lines: d3-dsv keeps the line breaks
 * inside quoted fields, so each record's first line is the previous record's plus one plus the
 * breaks it contains. Blank lines are not rows; a row with more or fewer fields than the header
 * is refused (it usually means a stray delimiter or quote).
 *
 * @module
 */

import { dsvFormat } from "d3-dsv";
import type { RawRow, RawTable, ReadProblem } from "./raw_table.ts";

const LINE_BREAK = /\r\n|\r|\n/g;

/** The table whose column names are on line `headerRow` of `text`. */
export function readDelimited(
  text: string,
  delimiter: string,
  headerRow: number,
): { table: RawTable; problems: ReadProblem[] } {
  const records = dsvFormat(delimiter).parseRows(text);
  const problems: ReadProblem[] = [];
  let line = 1;
  let header: string[] | undefined;
  const rows: RawRow[] = [];
  for (const fields of records) {
    const start = line;
    line += 1 + fields.reduce((n, field) => n + (field.match(LINE_BREAK)?.length ?? 0), 0);
    if (start < headerRow) continue;
    if (start === headerRow) {
      header = fields.map((name) => name.trim());
      continue;
    }
    if (header === undefined) break;
    if (fields.length === 1 && fields[0] === "") continue;
    const row = `row ${start}`;
    if (fields.length !== header.length) {
      problems.push({
        row,
        expected: `${header.length} fields as in the header (row ${headerRow}) but found ` +
          `${fields.length}`,
        fix: "check the row for a stray delimiter or an unbalanced quote",
      });
      continue;
    }
    const values = new Map(header.map((name, i) => [name, fields[i] ?? ""]));
    rows.push({ row, values, at: () => row, fingerprint: JSON.stringify(fields) });
  }
  if (header === undefined) {
    return {
      table: { header: [], rows: [] },
      problems: [{
        row: `row ${headerRow}`,
        expected: `column names on row ${headerRow} (headerRow), but no record starts there`,
        fix: "set headerRow in site.json to the row that holds the column names",
      }],
    };
  }
  return { table: { header, rows }, problems };
}
