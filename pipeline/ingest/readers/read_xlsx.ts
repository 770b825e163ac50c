/**
 * One sheet of a workbook as a {@linkcode RawTable} of row objects, for reading a site whole
 * (tests, and `read_site.ts`); the stage streams sheets into columns instead
 * (`workbook_tables.ts`). Rows and cells are located by their `r` references (`D7`), as Excel
 * numbers them. Number cells stay numbers, so a date stored as a serial day number reaches the
 * date parser as a number, with the workbook's date system.
 *
 * @module
 */

import type { Cell, RawRow, RawTable, ReadProblem } from "./raw_table.ts";
import { readSheetRows } from "./sheet_rows.ts";
import type { Workbook } from "./xlsx_package.ts";
import { sheetTable, type SheetTableSink } from "./workbook_tables.ts";

/** The table of `sheet` whose column names are on row `headerRow`. */
export function readSheet(
  workbook: Workbook,
  sheet: string,
  headerRow: number,
): { table: RawTable; problems: ReadProblem[] } {
  const collected = rawTableSink(sheet);
  const reader = sheetTable({ sheet, headerRow }, collected.sink);
  const part = workbook.sheets.get(sheet);
  if (part !== undefined) {
    reader.start(workbook.dateSystem);
    readSheetRows(
      workbook.directory,
      part,
      workbook.sharedStrings,
      reader.row,
      () => reader.start(workbook.dateSystem),
    );
  }
  const problems = reader.problems(workbook.sheetNames);
  return { table: problems.length > 0 ? { header: [], rows: [] } : collected.table(), problems };
}

/** A sink collecting a sheet table's rows as row objects. */
export function rawTableSink(sheet: string): { sink: SheetTableSink; table(): RawTable } {
  let header = new Map<string, string>(); // column letter -> name
  let letters = new Map<string, string>(); // name -> column letter
  let rows: RawRow[] = [];
  let dateSystem: 1900 | 1904 = 1900;
  return {
    sink: {
      header(names, system) {
        header = new Map(names);
        letters = new Map([...header].map(([letter, name]) => [name, letter]));
        dateSystem = system;
      },
      row(number, cells) {
        const values = new Map<string, Cell>();
        const fingerprint: [string, Cell][] = [];
        for (const [letter, name] of header) {
          const value = cells.get(letter);
          if (value === undefined) continue;
          values.set(name, value);
          fingerprint.push([letter, value]);
        }
        const at = letters;
        rows.push({
          row: `${sheet}!${number}`,
          values,
          at: (column) => `${sheet}!${at.get(column) ?? ""}${number}`,
          fingerprint: JSON.stringify(fingerprint),
        });
      },
      restart() {
        header = new Map();
        letters = new Map();
        rows = [];
      },
    },
    table: () => ({ header: [...header.values()], rows, dateSystem }),
  };
}
