/**
 * A table as a reader hands it over: the header's column names and the data rows, each with the
 * location a person would look up (`row 7`, `Patients!D7`, `record 12`). Values are untouched
 * text, except number cells of a workbook, which stay numbers.
 *
 * @module
 */

/** A raw value: text, or a number from a workbook's number cell. */
export type Cell = string | number;

/** One data row. */
export interface RawRow {
  /** The row as the file numbers it: `row 7`, `Patients!7`, `record 12`. */
  row: string;
  /** Column name -> value; a column the row lacks is absent. */
  values: ReadonlyMap<string, Cell>;
  /** Where the value of `column` is: `row 7`, or `Patients!D7` in a workbook. */
  at(column: string): string;
  /** Identical for two rows exactly when every field is identical, mapped or not. */
  fingerprint: string;
}

/** A table read from one file (or sheet, or set of REDCap records). */
export interface RawTable {
  header: string[];
  rows: RawRow[];
  /** A workbook's date system for serial dates (1900 when absent). */
  dateSystem?: 1900 | 1904;
}

/** A problem that makes a whole file, or one row of it, unreadable. */
export interface ReadProblem {
  row: string;
  /** The column, when the problem is in one: `"dob"`, or `field 5` before the header is known. */
  column?: string;
  /** The text found there, when there is one to show. */
  value?: string;
  /** The rule broken, when not the reader's default. */
  rule?: string;
  expected: string;
  fix: string;
  /** The whole file is unreadable past this problem. */
  fatal?: boolean;
}
