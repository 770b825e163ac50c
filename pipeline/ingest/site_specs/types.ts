/**
 * The types of a validated site spec (`data/site-spec.md`) and the lists of allowed options.
 *
 * @module
 */

import type { SourceTable } from "../values/source_fields.ts";

export type FileFormat = "delimited" | "xlsx" | "redcap";
export type Encoding = "utf-8" | "latin1";
export type DateFormat = "YYYY-MM-DD" | "DD/MM/YYYY" | "MM/DD/YYYY" | "DD.MM.YYYY" | "excel-serial";

/** How one table is read from a file. */
export interface TableSpec {
  table: SourceTable;
  /** Source field -> column name in the file. */
  columns: Record<string, string>;
  /** Source field -> site value -> common value (`null`: the site value means missing). */
  codes: Record<string, Record<string, string | null>>;
  /** 1-based row of the column names (delimited and xlsx). */
  headerRow: number;
  /** Sheet name (xlsx). */
  sheet?: string;
  /** Column -> value every record of this table has (redcap). */
  where?: Record<string, string>;
}

/** How one exported file is read. */
export interface FileSpec {
  path: string;
  format: FileFormat;
  encoding?: Encoding;
  bom?: boolean;
  delimiter?: string;
  /** The REDCap data dictionary's file name. */
  dictionary?: string;
  decimalMark: "." | ",";
  dateFormat: DateFormat;
  missing: string[];
  tables: TableSpec[];
}

/** A validated site spec. */
export interface SiteSpec {
  site: string;
  institution?: string;
  files: FileSpec[];
}

export const FORMATS: readonly FileFormat[] = ["delimited", "xlsx", "redcap"];
export const ENCODINGS: readonly Encoding[] = ["utf-8", "latin1"];
export const DELIMITERS: readonly string[] = [",", ";", "\t", "|"];
export const DECIMAL_MARKS: readonly string[] = [".", ","];
export const DATE_FORMATS: readonly DateFormat[] = [
  "YYYY-MM-DD",
  "DD/MM/YYYY",
  "MM/DD/YYYY",
  "DD.MM.YYYY",
  "excel-serial",
];
