/**
 * Plain rows to an Arquero table with a fixed column order, so that an empty table still has its
 * columns when written with `writeTable`.
 *
 * @module
 */

import * as aq from "arquero";
import type { Rows } from "./contracts/ingest_tables.ts";

/** The table of `rows` with exactly `columns`, in that order (absent values are null). */
export function rowsTable(rows: Rows, columns: readonly string[]): ReturnType<typeof aq.table> {
  return aq.table(Object.fromEntries(columns.map((c) => [c, rows.map((row) => row[c] ?? null)])));
}
