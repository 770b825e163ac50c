/**
 * The rows of one table of a site's export, cell by cell: each cell is text, a date, a number, or
 * the site's token for a missing value, with the site's codes applied. Two forms:
 * {@linkcode tableRows} keeps dates and numbers apart (an xlsx workbook stores them as such), and
 * {@linkcode tableTextRows} writes every cell as text in the file's formats (delimited text and
 * REDCap). Each column is compiled once per call into a function of the row, so that a site of
 * tens of thousands of patients does not look up its columns' rules for every cell.
 *
 * @module
 */

import type { DetailLevel, SiteRecord } from "../model.ts";
import { commonValue, DATE_FIELDS, NUMBER_FIELDS } from "./field_values.ts";
import type { ColumnLayout, FileLayout, RowContext, TableLayout } from "./layout.ts";
import { formatDate, formatNumber } from "./text_values.ts";

/** One cell before formatting. */
export type RawCell = { text: string } | { date: string } | { number: number } | {
  missing: string;
};

/** How a cell of each kind is made. */
interface CellMaker<T> {
  text(text: string): T;
  date(iso: string): T;
  number(value: number): T;
  missing(token: string): T;
}

const RAW: CellMaker<RawCell> = {
  text: (text) => ({ text }),
  date: (date) => ({ date }),
  number: (number) => ({ number }),
  missing: (missing) => ({ missing }),
};

/** The data rows of `table` for `records` (a duplicated patient row appears twice). */
export function tableRows(
  table: TableLayout,
  file: FileLayout,
  records: readonly SiteRecord[],
  level: DetailLevel,
): RawCell[][] {
  return rowsOf(table, file, records, level, RAW);
}

/** The data rows of `table` for `records`, every cell as the file writes it. */
export function tableTextRows(
  table: TableLayout,
  file: FileLayout,
  records: readonly SiteRecord[],
  level: DetailLevel,
): string[][] {
  return rowsOf(table, file, records, level, {
    text: (text) => text,
    date: (iso) => formatDate(iso, file.dateFormat, file.unpaddedDates),
    number: (value) => formatNumber(value, file.decimalMark),
    missing: (token) => token,
  });
}

function rowsOf<T>(
  table: TableLayout,
  file: FileLayout,
  records: readonly SiteRecord[],
  level: DetailLevel,
  make: CellMaker<T>,
): T[][] {
  const cells = table.columns.map((column) => compileColumn(column, table, file, make));
  const rows: T[][] = [];
  for (const context of rowContexts(table, records, level)) {
    const row = new Array<T>(cells.length);
    for (let c = 0; c < cells.length; c++) row[c] = cells[c]!(context);
    rows.push(row);
  }
  return rows;
}

/** The cell of `column` as a function of the row. */
function compileColumn<T>(
  column: ColumnLayout,
  table: TableLayout,
  file: FileLayout,
  make: CellMaker<T>,
): (context: RowContext) => T {
  const { field, extra } = column;
  if (field === null) {
    return (context) => {
      if (extra === undefined) throw new RangeError(`Column "${column.header}" has no value`);
      return make.text(extra(context));
    };
  }
  const missing = column.missingAs ?? file.missingAs;
  const codes = table.codes?.[field];
  const kind = codes !== undefined
    ? "code"
    : DATE_FIELDS.has(field)
    ? "date"
    : NUMBER_FIELDS.has(field)
    ? "number"
    : "text";
  return (context) => {
    const value = commonValue(table.table, field, context);
    if (value === null) return make.missing(missing);
    switch (kind) {
      case "code": {
        const code = codes![String(value)];
        if (code === undefined) {
          throw new RangeError(`Expected a code for ${field} = "${value}" in "${column.header}"`);
        }
        return make.text(code);
      }
      case "date":
        return make.date(String(value));
      case "number":
        return make.number(Number(value));
      case "text":
        return make.text(String(value));
    }
  };
}

/** Which rows a table has: patients, lines, or assessments at the site's level of detail. */
function rowContexts(
  table: TableLayout,
  records: readonly SiteRecord[],
  level: DetailLevel,
): RowContext[] {
  switch (table.table) {
    case "patients":
      return records.flatMap((record) =>
        record.duplicateRow ? [{ record }, { record }] : [{ record }]
      );
    case "lines":
      return records.flatMap((record) => record.lines.map((reported) => ({ record, reported })));
    case "assessments":
      if (level === "best") {
        throw new RangeError("A site reporting best responses only has no assessments");
      }
      return records.flatMap((record) =>
        record.lines
          .filter((reported) => reported.withAssessments && reported.line.setting === "advanced")
          .flatMap((reported) =>
            reported.line.assessments
              .filter((assessment) => level === "measurements" || assessment.timepoint !== null)
              .map((assessment) => ({ record, reported, assessment }))
          )
      );
  }
}
