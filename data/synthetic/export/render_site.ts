/**
 * Every file of one site's export, as bytes: the data files in the layout's formats and the
 * `site.json` that says how to read them. Text is encoded as the layout says (UTF-8, with or
 * without a byte-order mark, or Latin-1).
 *
 * @module
 */

import type { SiteRecord } from "../model.ts";
import { toDelimited } from "./delimited.ts";
import { encodeLatin1 } from "./latin1.ts";
import type { FileLayout, Layout } from "./layout.ts";
import { redcapDictionary, redcapJson } from "./redcap.ts";
import { siteJson } from "./site_json.ts";
import { type RawCell, tableRows } from "./table_rows.ts";
import { excelSerial, formatDate, formatNumber } from "./text_values.ts";
import { writeXlsx, type XlsxCell } from "./xlsx.ts";

/** One site's files and the number of data rows of each of its tables. */
export interface RenderedSite {
  /** File name -> bytes, `site.json` included. */
  files: Map<string, Uint8Array>;
  /** Data rows of each table, in the layout's file and table order (for the annex). */
  tableRows: number[];
}

/** Every file of the site's export, from its records (in case order). */
export function renderSite(
  site: string,
  layout: Layout,
  records: readonly SiteRecord[],
): RenderedSite {
  const files = new Map<string, Uint8Array>();
  const counts: number[] = [];
  for (const file of layout.files) {
    const tables = file.tables.map((table) => ({
      table,
      rows: tableRows(table, file, records, layout.level),
    }));
    counts.push(...tables.map(({ rows }) => rows.length));
    if (file.format === "delimited") {
      const [only, ...more] = tables;
      if (only === undefined || more.length > 0) {
        throw new RangeError(`${file.path}: one table per delimited file`);
      }
      const text = toDelimited(
        [
          ...(only.table.title ?? []).map((line) => [line]),
          only.table.columns.map((c) => c.header),
          ...only.rows.map((row) => row.map((cell) => cellText(cell, file))),
        ],
        {
          delimiter: file.delimiter ?? ",",
          lineEnd: file.lineEnd ?? "\n",
          quoteAll: file.quoteAll,
        },
      );
      files.set(file.path, encode(text, file));
    } else if (file.format === "xlsx") {
      const sheets = tables.map(({ table, rows }) => {
        const title = (table.title ?? []).map((line) => [line]);
        return {
          name: table.sheet ?? table.table,
          rows: [
            ...title,
            table.columns.map((c) => c.header),
            ...rows.map((row) => row.map((cell) => xlsxCell(cell, file))),
          ],
          boldRows: Array.from({ length: title.length + 1 }, (_, i) => i + 1),
        };
      });
      const extra = (file.extraSheets ?? []).map((sheet) => ({
        name: sheet.name,
        rows: sheet.rows,
      }));
      files.set(file.path, writeXlsx([...sheets, ...extra], "dd-mm-yyyy"));
    } else {
      const instruments = tables.map(({ table, rows }) => {
        const idColumn = table.columns.findIndex((c) => c.field === "case_id");
        const textRows = rows.map((row) => row.map((cell) => cellText(cell, file)));
        return { table, rows: textRows, recordIds: textRows.map((row) => row[idColumn] ?? "") };
      });
      files.set(file.path, encode(redcapJson(instruments, records.map((r) => r.caseId)), file));
      if (file.dictionary === undefined) {
        throw new RangeError(`${file.path}: a REDCap export needs a dictionary`);
      }
      files.set(file.dictionary, encode(redcapDictionary(file.tables, validationOf), file));
    }
  }
  files.set(
    "site.json",
    new TextEncoder().encode(JSON.stringify(siteJson(site, layout), null, 2) + "\n"),
  );
  return { files, tableRows: counts };
}

function cellText(cell: RawCell, file: FileLayout): string {
  if ("text" in cell) return cell.text;
  if ("date" in cell) return formatDate(cell.date, file.dateFormat, file.unpaddedDates);
  if ("number" in cell) return formatNumber(cell.number, file.decimalMark);
  return cell.missing;
}

function xlsxCell(cell: RawCell, file: FileLayout): XlsxCell {
  if ("text" in cell) return cell.text;
  if ("date" in cell) {
    return file.dateFormat === "excel-serial"
      ? { serial: excelSerial(cell.date) }
      : formatDate(cell.date, file.dateFormat);
  }
  if ("number" in cell) return cell.number;
  return cell.missing === "" ? null : cell.missing;
}

function encode(text: string, file: FileLayout): Uint8Array {
  if (file.encoding === "latin1") return encodeLatin1(text);
  const body = new TextEncoder().encode(text);
  if (!file.bom) return body;
  const bytes = new Uint8Array(body.length + 3);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(body, 3);
  return bytes;
}

/** REDCap's text validation of a source field. */
function validationOf(field: string): string {
  if (field.endsWith("_date")) return "date_ymd";
  if (field === "line") return "integer";
  if (field.endsWith("_mm")) return "number";
  return "";
}
