/**
 * Arquero tables as interim artefacts: Apache Arrow IPC files (`.arrow`), the columnar format that
 * R (`arrow::read_ipc_file`), Python (`pyarrow.ipc`, pandas, polars) and DuckDB read without
 * conversion. Column names, order and types survive (an empty table keeps its columns), dates stay
 * ISO `YYYY-MM-DD` strings (never date-times that a time zone could move), and a column is read
 * back as a typed vector rather than one JavaScript object per row.
 *
 * @module
 */

import * as aq from "arquero";
import { writeFileAtomic } from "./atomic_write.ts";

type Table = ReturnType<typeof aq.table>;

/** The file extension of interim tables. */
export const TABLE_EXTENSION = ".arrow";

/** The Arrow IPC bytes of `table`. */
export function tableToBytes(table: Table): Uint8Array {
  return aq.toArrowIPC(table) as Uint8Array;
}

/** The table that {@linkcode tableToBytes} wrote. */
export function tableFromBytes(bytes: Uint8Array): Table {
  return aq.fromArrow(bytes);
}

/** Writes `table` atomically to `path` (which should end in `.arrow`). */
export function writeTable(path: string, table: Table): Promise<void> {
  return writeFileAtomic(path, tableToBytes(table));
}

/** Reads a table written by {@linkcode writeTable}. */
export async function readTable(path: string): Promise<Table> {
  return tableFromBytes(await Deno.readFile(path));
}
