/**
 * The rows of one table of a site's export, cell by cell, before a file format is chosen: each
 * cell is text, a date, a number, or the site's token for a missing value. The site's codes are
 * applied here; dates and numbers are formatted by the writer of the file.
 *
 * @module
 */

import type { DetailLevel, SiteRecord } from "../model.ts";
import { commonValue, DATE_FIELDS, NUMBER_FIELDS } from "./field_values.ts";
import type { FileLayout, RowContext, TableLayout } from "./layout.ts";

/** One cell before formatting. */
export type RawCell = { text: string } | { date: string } | { number: number } | {
  missing: string;
};

/** The data rows of `table` for `records` (a duplicated patient row appears twice). */
export function tableRows(
  table: TableLayout,
  file: FileLayout,
  records: readonly SiteRecord[],
  level: DetailLevel,
): RawCell[][] {
  return rowContexts(table, records, level).map((context) =>
    table.columns.map((column) => {
      if (column.field === null) {
        if (column.extra === undefined) {
          throw new RangeError(`Column "${column.header}" has no value`);
        }
        return { text: column.extra(context) };
      }
      const value = commonValue(table.table, column.field, context);
      if (value === null) return { missing: column.missingAs ?? file.missingAs };
      const codes = table.codes?.[column.field];
      if (codes !== undefined) {
        const code = codes[String(value)];
        if (code === undefined) {
          throw new RangeError(
            `Expected a code for ${column.field} = "${value}" in "${column.header}"`,
          );
        }
        return { text: code };
      }
      if (DATE_FIELDS.has(column.field)) return { date: String(value) };
      if (NUMBER_FIELDS.has(column.field)) return { number: Number(value) };
      return { text: String(value) };
    })
  );
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
