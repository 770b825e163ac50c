/**
 * Where a row and a cell of a table are, as a person looks them up: `row 7` in delimited text (the
 * line), `Patients!7` and `Patients!D7` in a workbook, `record 12` in a REDCap export. Records
 * keep only their row's number; these labels are made when a message needs one.
 *
 * @module
 */

import type { FileFormat } from "../site_specs/types.ts";

/** How the rows of one table are numbered and its cells named. */
export interface ReadLocation {
  format: FileFormat;
  /** The sheet (xlsx). */
  sheet?: string;
  /** Column name -> letter, from the header row (xlsx). */
  letters?: ReadonlyMap<string, string>;
}

/** The row `number` as the file numbers it. */
export function rowLabel(location: ReadLocation, number: number): string {
  switch (location.format) {
    case "delimited":
      return `row ${number}`;
    case "xlsx":
      return `${location.sheet ?? ""}!${number}`;
    case "redcap":
      return `record ${number}`;
  }
}

/** Where the value of `column` in row `number` is (a workbook names the cell). */
export function cellLabel(location: ReadLocation, number: number, column: string): string {
  if (location.format !== "xlsx") return rowLabel(location, number);
  return `${location.sheet ?? ""}!${location.letters?.get(column) ?? ""}${number}`;
}
