/**
 * The header checks of one table: every column the spec maps must be in the file's header (or,
 * for REDCap, in the data dictionary) exactly once. A missing column is reported with the header's
 * closest name, so that a misspelling ("Date of Brith") reads as what it is.
 *
 * @module
 */

import { closestName } from "./closest_name.ts";
import type { Issue } from "../validation/issues.ts";
import type { RawTable } from "./raw_table.ts";
import type { FileSpec, TableSpec } from "../site_specs/types.ts";

/** An issue for each mapped column the file lacks, or has twice. */
export function headerIssues(
  site: string,
  file: FileSpec,
  table: TableSpec,
  raw: RawTable,
  allowed: Set<string> | undefined,
): Issue[] {
  const issues: Issue[] = [];
  const where = file.format === "xlsx"
    ? `${table.sheet}!${table.headerRow}`
    : file.format === "redcap"
    ? `dictionary ${file.dictionary}`
    : `row ${table.headerRow}`;
  const names = allowed ? [...allowed] : raw.header;
  const source = allowed ? "dictionary" : "header";
  for (const [field, column] of Object.entries(table.columns)) {
    const count = names.filter((h) => h === column).length;
    if (count === 1) continue;
    const closest = count === 0 ? closestName(column, names) : undefined;
    issues.push({
      site,
      file: file.path,
      row: where,
      column: `"${column}" (${field})`,
      value: count === 0 ? (closest ?? null) : column,
      rule: count === 0 ? "missing-column" : "duplicate-column",
      expected: count === 0
        ? `a column named "${column}" for ${field}, which the ${source} does not have` +
          (closest === undefined
            ? ` (it has ${names.length} columns, none close to that name)`
            : `; its closest name is "${closest}"`)
        : `one column named "${column}", but the header has ${count}`,
      fix: closest === undefined
        ? "correct the column name in site.json's columns, or the export's header"
        : `rename "${closest}" to "${column}" in the export's header, or map "${closest}" in ` +
          "site.json's columns",
    });
  }
  return issues;
}
