/**
 * Delimited text (CSV and kin) to a {@linkcode RawTable}, with d3-dsv's RFC 4180 parser and the
 * spec's delimiter. Rows are numbered as a text editor numbers lines: d3-dsv keeps the line breaks
 * inside quoted fields, so each record's first line is the previous record's plus one plus the
 * breaks it contains. Blank lines are not rows; a row with more or fewer fields than the header
 * is refused (it usually means a stray delimiter). A quote that is never closed, or is followed by
 * text after it closes, is found before parsing and reported where it opens (`quote_check.ts`).
 *
 * @module
 */

import { dsvFormat } from "d3-dsv";
import type { RawRow, RawTable, ReadProblem } from "./raw_table.ts";
import { findQuoteProblem, type QuoteProblem } from "./quote_check.ts";
import { locateField } from "./locate_text.ts";

const LINE_BREAK = /\r\n|\r|\n/g;

/** The table whose column names are on line `headerRow` of `text`. */
export function readDelimited(
  text: string,
  delimiter: string,
  headerRow: number,
): { table: RawTable; problems: ReadProblem[] } {
  const quote = findQuoteProblem(text, delimiter);
  if (quote !== undefined) {
    // The parser would swallow the rest of the file into one field: report the quote instead.
    return {
      table: { header: [], rows: [] },
      problems: [quoteProblem(text, quote, delimiter, headerRow)],
    };
  }
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

function quoteProblem(
  text: string,
  quote: QuoteProblem,
  delimiter: string,
  headerRow: number,
): ReadProblem {
  const where = locateField(text, quote.line, quote.field, delimiter, headerRow);
  return {
    row: where.row,
    column: where.column,
    value: quote.text,
    rule: "unbalanced-quote",
    expected: quote.kind === "unclosed"
      ? "a quoted field that ends with a closing quote, but this quote is never closed (the " +
        "rest of the file would be read as one field)"
      : "a quoted field whose closing quote is followed by the delimiter or the end of the " +
        "line, but text follows it",
    fix: 'close the quote, write a quote inside a quoted field as two (""), or remove the ' +
      "stray quote in the export",
  };
}
