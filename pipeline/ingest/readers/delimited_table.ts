/**
 * One table of a delimited file, fed the file's records as they are split: the header is the
 * record that starts on line `headerRow`, records above it are skipped, blank lines are not rows,
 * and a row with more or fewer fields than the header is refused (it usually means a stray
 * delimiter), exactly as `read_delimited.ts` reads a whole text. Rows go to the table's sink as
 * soon as they are read.
 *
 * @module
 */

import type { ReadProblem } from "./raw_table.ts";

/** What takes a delimited table's rows: its header once known, then each row's fields. */
export interface DelimitedSink {
  header(names: string[]): void;
  row(fields: string[], line: number): void;
}

/** A table of a delimited file whose column names are on line `headerRow`. */
export function delimitedTable(headerRow: number, sink: DelimitedSink) {
  let header: string[] | undefined;
  let stopped = false;
  let rows = 0;
  const problems: ReadProblem[] = [];
  return {
    /** Takes the next record of the file, starting on line `start`. */
    record(fields: string[], start: number): void {
      if (stopped || start < headerRow) return;
      if (start === headerRow) {
        header = fields.map((name) => name.trim());
        sink.header(header);
        return;
      }
      // No record starts on the header row: nothing of the table can be read.
      if (header === undefined) {
        stopped = true;
        return;
      }
      if (fields.length === 1 && fields[0] === "") return;
      if (fields.length !== header.length) {
        problems.push({
          row: `row ${start}`,
          expected: `${header.length} fields as in the header (row ${headerRow}) but found ` +
            `${fields.length}`,
          fix: "check the row for a stray delimiter or an unbalanced quote",
        });
        return;
      }
      rows++;
      sink.row(fields, start);
    },
    /** The table's problems once the file is read, and its number of rows. */
    finish(): { problems: ReadProblem[]; header: string[]; rows: number } {
      if (header === undefined) {
        return {
          header: [],
          rows: 0,
          problems: [{
            row: `row ${headerRow}`,
            expected: `column names on row ${headerRow} (headerRow), but no record starts there`,
            fix: "set headerRow in site.json to the row that holds the column names",
          }],
        };
      }
      return { problems, header, rows };
    },
  };
}
