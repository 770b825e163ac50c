/**
 * The shape of a site's export layout: its files, their format, and for each table the columns
 * (source fields of `data/codebook.md` or unmapped extras), the site's codes and its missing-value
 * tokens. A layout is data: the same renderer writes every site, and `site.json` is derived from
 * the layout, so the two cannot disagree.
 *
 * @module
 */

import type { Assessment, DetailLevel, ReportedLine, SiteRecord } from "../model.ts";
import type { Random } from "../random.ts";
import type { DateFormat } from "./text_values.ts";

export type SourceTable = "patients" | "lines" | "assessments";

/** What one row of a table is made from. */
export interface RowContext {
  record: SiteRecord;
  reported?: ReportedLine;
  assessment?: Assessment;
}

/** One column of a table. */
export interface ColumnLayout {
  /** Source field, or null for a column that no spec maps. */
  field: string | null;
  header: string;
  /** The text of an unmapped column. */
  extra?: (context: RowContext) => string;
  /** What the site writes for a missing value here (default: the file's `missingAs`). */
  missingAs?: string;
}

/** REDCap's data-dictionary entries of one instrument. */
export interface RedcapForm {
  form: string;
  /** Variable -> field label. */
  labels: Readonly<Record<string, string>>;
  /** Variable -> raw code -> choice label, for radio and dropdown fields. */
  choices?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** One table of a file. */
export interface TableLayout {
  table: SourceTable;
  columns: readonly ColumnLayout[];
  /** Source field -> common value -> the site's value. */
  codes?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** xlsx sheet name. */
  sheet?: string;
  /** Lines above the column names (delimited and xlsx). */
  title?: readonly string[];
  /** REDCap: the records of this table, and its instrument. */
  where?: Readonly<Record<string, string>>;
  redcap?: RedcapForm;
}

/** One exported file. */
export interface FileLayout {
  path: string;
  format: "delimited" | "xlsx" | "redcap";
  encoding?: "utf-8" | "latin1";
  bom?: boolean;
  delimiter?: "," | ";" | "\t" | "|";
  lineEnd?: "\n" | "\r\n";
  quoteAll?: boolean;
  /** REDCap: the data dictionary's file name. */
  dictionary?: string;
  decimalMark: "." | ",";
  dateFormat: DateFormat;
  /** Leave out leading zeros of day and month. */
  unpaddedDates?: boolean;
  /** Values the spec declares missing. */
  missing: readonly string[];
  /** What the site writes for a missing value. */
  missingAs: string;
  tables: readonly TableLayout[];
  /** xlsx: sheets no table reads (a legend), as rows of text. */
  extraSheets?: readonly { name: string; rows: readonly (readonly string[])[] }[];
}

/** A site's export layout. */
export interface Layout {
  name: string;
  institution: string;
  /** Language of names and regimen texts. */
  language: string;
  level: DetailLevel;
  /** The site reports each line's setting, so it may also report perioperative lines. */
  reportsSetting: boolean;
  /** First case number; later ones follow with small gaps. */
  caseStart: number;
  hospitalNumber: (random: Random) => string;
  /** A short description for the annex (data/raw/README.md). */
  description: string;
  files: readonly FileLayout[];
}
