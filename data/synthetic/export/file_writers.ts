/**
 * One writer per export file format, fed a site's rows a batch of records at a time, so that a
 * site of any size is rendered without holding all its records: delimited text and REDCap JSON
 * hand back their bytes batch by batch, to be appended to the file; an xlsx workbook keeps its
 * cell values until the end (its shared strings must be numbered before the sheets are zipped).
 * The bytes, in order, are those of writing all the rows at once.
 *
 * @module
 */

import { toDelimited } from "./delimited.ts";
import { encodeLatin1 } from "./latin1.ts";
import type { DetailLevel, SiteRecord } from "../model.ts";
import type { FileLayout } from "./layout.ts";
import { redcapDictionary, redcapJsonLines, wrapRedcapJson } from "./redcap.ts";
import { type RawCell, tableRows, tableTextRows } from "./table_rows.ts";
import { excelSerial, formatDate } from "./text_values.ts";
import { writeXlsx, type XlsxCell } from "./xlsx.ts";

/** Bytes for a file of the site (name relative to the site folder), to append in order. */
export type FileChunk = [name: string, bytes: Uint8Array];

/**
 * Renders a file from batches. Text formats hand back their bytes batch by batch (`add`), to be
 * appended to the file; `finish` gives what remains (the closing of a JSON array, a workbook, a
 * data dictionary, or the column names of a file that got no rows).
 */
export interface FileWriter {
  /** Renders a batch of records (in case order): bytes to append, and rows per table. */
  add(records: readonly SiteRecord[], level: DetailLevel): { chunks: FileChunk[]; rows: number[] };
  finish(): FileChunk[];
}

/** The writer of `file`'s format. */
export function fileWriter(file: FileLayout): FileWriter {
  if (file.format === "delimited") return delimitedWriter(file);
  if (file.format === "xlsx") return xlsxWriter(file);
  return redcapWriter(file);
}

function delimitedWriter(file: FileLayout): FileWriter {
  const [table, ...more] = file.tables;
  if (table === undefined || more.length > 0) {
    throw new RangeError(`${file.path}: one table per delimited file`);
  }
  const options = {
    delimiter: file.delimiter ?? ",",
    lineEnd: file.lineEnd ?? "\n",
    quoteAll: file.quoteAll,
  } as const;
  const encoder = textEncoder(file);
  // Every part ends with a line end, so the parts in order are the text of all the rows at once.
  let head: string | null = toDelimited(
    [...(table.title ?? []).map((line) => [line]), table.columns.map((c) => c.header)],
    options,
  );
  const take = (text: string): FileChunk[] => {
    const chunk: FileChunk = [file.path, encoder(head === null ? text : head + text)];
    head = null;
    return [chunk];
  };
  return {
    add(records, level) {
      const rows = tableTextRows(table, file, records, level);
      if (rows.length === 0) return { chunks: [], rows: [0] };
      return { chunks: take(toDelimited(rows, options)), rows: [rows.length] };
    },
    finish() {
      return head === null ? [] : take("");
    },
  };
}

function xlsxWriter(file: FileLayout): FileWriter {
  const sheets = file.tables.map((table) => {
    const title = (table.title ?? []).map((line) => [line]);
    return {
      name: table.sheet ?? table.table,
      rows: [...title, table.columns.map((c) => c.header)] as XlsxCell[][],
      boldRows: Array.from({ length: title.length + 1 }, (_, i) => i + 1),
    };
  });
  return {
    add(records, level) {
      const counts = file.tables.map((table, t) => {
        const rows = tableRows(table, file, records, level);
        for (const row of rows) sheets[t]!.rows.push(row.map((cell) => xlsxCell(cell, file)));
        return rows.length;
      });
      return { chunks: [], rows: counts };
    },
    finish() {
      const extra = (file.extraSheets ?? []).map((sheet) => ({
        name: sheet.name,
        rows: sheet.rows,
      }));
      return [[file.path, writeXlsx([...sheets, ...extra], "dd-mm-yyyy")]];
    },
  };
}

function redcapWriter(file: FileLayout): FileWriter {
  if (file.dictionary === undefined) {
    throw new RangeError(`${file.path}: a REDCap export needs a dictionary`);
  }
  const dictionary = file.dictionary;
  const encoder = textEncoder(file);
  // The JSON array is "[\n" + the records' lines joined by ",\n" + "\n]\n" (`wrapRedcapJson`).
  let opening = "[\n";
  return {
    add(records, level) {
      const instruments = file.tables.map((table) => {
        const idColumn = table.columns.findIndex((c) => c.field === "case_id");
        const rows = tableTextRows(table, file, records, level);
        return { table, rows, recordIds: rows.map((row) => row[idColumn] ?? "") };
      });
      const rows = instruments.map((i) => i.rows.length);
      const lines = redcapJsonLines(instruments, records.map((r) => r.caseId));
      if (lines.length === 0) return { chunks: [], rows };
      const text = opening + lines.join(",\n");
      opening = ",\n";
      return { chunks: [[file.path, encoder(text)]], rows };
    },
    finish() {
      const closing = opening === "[\n" ? wrapRedcapJson([]) : "\n]\n";
      return [
        [file.path, encoder(closing)],
        [dictionary, encode(redcapDictionary(file.tables, validationOf), file)],
      ];
    },
  };
}

/** Encodes successive parts of one file: a byte-order mark, if any, before the first only. */
function textEncoder(file: FileLayout): (text: string) => Uint8Array {
  let first = true;
  return (text) => {
    const bytes = first ? encode(text, file) : encode(text, { ...file, bom: false });
    first = false;
    return bytes;
  };
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

/** The bytes of `text` in the file's encoding (UTF-8, with or without a byte-order mark, or Latin-1). */
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
