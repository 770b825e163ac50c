/**
 * CSV text of a table: the header row, then the rows (indentation trimmed); notes are not data.
 *
 * @module
 */

import { toCsv } from "../../_shared/csv.ts";
import { plainText } from "../../_shared/prose/inline.ts";
import type { TableBlock } from "./blocks.ts";

/** The CSV text of `table`. */
export function tableCsv(table: TableBlock): string {
  return toCsv(
    table.header.map(plainText),
    table.rows.map((row) => row.map((cell) => plainText(cell).trim())),
  );
}
