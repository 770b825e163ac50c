/**
 * One sheet of an opened workbook to a {@linkcode RawTable}. Rows and cells are located by their
 * `r` references (`D7`), as Excel numbers them; a row or cell without one follows the previous.
 * Cell types: shared string (`s`), inline string, formula string (`str`), boolean, error and ISO
 * date text become text; number cells (no type, or `n`) stay numbers, so a date stored as a
 * serial day number reaches the date parser as a number, with the workbook's date system.
 *
 * @module
 */

import type { Cell, RawRow, RawTable, ReadProblem } from "./raw_table.ts";
import { MAIN_NS, richText, type Workbook } from "./xlsx_package.ts";

const REFERENCE = /^([A-Z]{1,3})(\d+)$/;

/** The table of `sheet` whose column names are on row `headerRow`. */
export function readSheet(
  workbook: Workbook,
  sheet: string,
  headerRow: number,
): { table: RawTable; problems: ReadProblem[] } {
  const document = workbook.sheets.get(sheet);
  if (document === undefined) {
    const names = workbook.sheetNames.map((n) => JSON.stringify(n)).join(", ");
    return failed(sheet, `a sheet named "${sheet}" (the workbook has ${names})`, "missing-sheet");
  }
  const grid = sheetCells(document, workbook.sharedStrings);
  const headerCells = grid.get(headerRow);
  if (headerCells === undefined) {
    return failed(
      sheet,
      `column names on row ${headerRow}, but the row is empty`,
      "missing-header",
    );
  }
  const header = new Map<string, string>(); // column letter -> name
  for (const [letter, value] of headerCells) header.set(letter, String(value).trim());
  const letters = new Map([...header].map(([letter, name]) => [name, letter]));
  const rows: RawRow[] = [];
  for (const [number, cells] of [...grid].sort((a, b) => a[0] - b[0])) {
    if (number <= headerRow || [...cells.values()].every((v) => v === "")) continue;
    const values = new Map<string, Cell>();
    const fingerprint: [string, Cell][] = [];
    for (const [letter, name] of header) {
      const value = cells.get(letter);
      if (value === undefined) continue;
      values.set(name, value);
      fingerprint.push([letter, value]);
    }
    rows.push({
      row: `${sheet}!${number}`,
      values,
      at: (column) => `${sheet}!${letters.get(column) ?? ""}${number}`,
      fingerprint: JSON.stringify(fingerprint),
    });
  }
  return {
    table: { header: [...header.values()], rows, dateSystem: workbook.dateSystem },
    problems: [],
  };
}

/** Row number -> column letter -> value, for every cell that has a value. */
function sheetCells(document: Document, shared: string[]): Map<number, Map<string, Cell>> {
  const grid = new Map<number, Map<string, Cell>>();
  let rowNumber = 0;
  for (const row of document.getElementsByTagNameNS(MAIN_NS, "row")) {
    rowNumber = Number(row.getAttribute("r") ?? rowNumber + 1);
    const cells = new Map<string, Cell>();
    let column = 0;
    for (const cell of row.getElementsByTagNameNS(MAIN_NS, "c")) {
      const match = REFERENCE.exec(cell.getAttribute("r") ?? "");
      column = match ? columnNumber(match[1] ?? "") : column + 1;
      const value = cellValue(cell, shared);
      if (value !== undefined) cells.set(columnLetter(column), value);
    }
    grid.set(rowNumber, cells);
  }
  return grid;
}

function cellValue(cell: Element, shared: string[]): Cell | undefined {
  const type = cell.getAttribute("t") ?? "n";
  if (type === "inlineStr") {
    const inline = cell.getElementsByTagNameNS(MAIN_NS, "is")[0];
    return inline ? richText(inline) : undefined;
  }
  const v = cell.getElementsByTagNameNS(MAIN_NS, "v")[0]?.textContent ?? undefined;
  if (v === undefined) return undefined;
  if (type === "s") return shared[Number(v)] ?? "";
  if (type === "n") return v.trim() === "" ? "" : Number(v);
  return v; // str, b, e, d: as text
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function columnLetter(number: number): string {
  let letters = "";
  for (let n = number; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function failed(
  sheet: string,
  expected: string,
  rule: string,
): { table: RawTable; problems: ReadProblem[] } {
  return {
    table: { header: [], rows: [] },
    problems: [{
      row: `${sheet}!`,
      rule,
      expected,
      fix: "set sheet and headerRow in site.json to the workbook's sheet and header row",
    }],
  };
}
