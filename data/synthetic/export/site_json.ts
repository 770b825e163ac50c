/**
 * The `site.json` of a layout, in the format of `data/site-spec.md`: each file with the keys its
 * format takes, and each table with its columns and the site's codes inverted (site value ->
 * common value). Coded fields whose site values are already the common values get no code list.
 *
 * @module
 */

import type { FileLayout, Layout, TableLayout } from "./layout.ts";

/** The site spec of `layout` for site code `site`, as a JSON value (keys in a fixed order). */
export function siteJson(site: string, layout: Layout): Record<string, unknown> {
  return { site, institution: layout.institution, files: layout.files.map(fileJson) };
}

function fileJson(file: FileLayout): Record<string, unknown> {
  const json: Record<string, unknown> = { path: file.path, format: file.format };
  if (file.format !== "xlsx") {
    json.encoding = file.encoding ?? "utf-8";
    json.bom = file.bom ?? false;
  }
  if (file.format === "delimited") json.delimiter = file.delimiter;
  if (file.format === "redcap") json.dictionary = file.dictionary;
  json.decimalMark = file.decimalMark;
  json.dateFormat = file.dateFormat;
  json.missing = file.missing;
  json.tables = file.tables.map((table) => tableJson(table, file));
  return json;
}

function tableJson(table: TableLayout, file: FileLayout): Record<string, unknown> {
  const json: Record<string, unknown> = { table: table.table };
  if (table.sheet !== undefined) json.sheet = table.sheet;
  if (file.format !== "redcap") json.headerRow = (table.title?.length ?? 0) + 1;
  if (table.where !== undefined) json.where = table.where;
  const columns: Record<string, string> = {};
  for (const column of table.columns) {
    if (column.field !== null) columns[column.field] = column.header;
  }
  json.columns = columns;
  const codes: Record<string, Record<string, string>> = {};
  for (const [field, map] of Object.entries(table.codes ?? {})) {
    if (!(field in columns)) throw new RangeError(`Codes for unmapped field ${field}`);
    const inverted: Record<string, string> = {};
    for (const [common, value] of Object.entries(map)) {
      if (Object.hasOwn(inverted, value)) {
        throw new RangeError(`Site value "${value}" of ${field} is used twice`);
      }
      inverted[value] = common;
    }
    codes[field] = inverted;
  }
  if (Object.keys(codes).length > 0) json.codes = codes;
  return json;
}
