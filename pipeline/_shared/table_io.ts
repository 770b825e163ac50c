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
import type { DataType } from "@uwdata/flechette";
import { writeFileAtomic } from "./atomic_write.ts";

/** An Arquero table. */
export type Table = ReturnType<typeof aq.table>;

/** The file extension of interim tables. */
export const TABLE_EXTENSION = ".arrow";

/** Arrow types for some columns, where the inferred ones will not do. */
export type ColumnTypes = Record<string, DataType>;

/**
 * The Arrow IPC bytes of `table`; `types` may give a column's type (otherwise inferred: text as
 * a dictionary, whole numbers as the narrowest integer, others as doubles).
 */
export function tableToBytes(table: Table, types: ColumnTypes = {}): Uint8Array {
  return aq.toArrowIPC(table, { types }) as Uint8Array;
}

/** The table that {@linkcode tableToBytes} wrote. */
export function tableFromBytes(bytes: Uint8Array): Table {
  return aq.fromArrow(bytes);
}

/** Writes `table` atomically to `path` (which should end in `.arrow`). */
export function writeTable(path: string, table: Table, types: ColumnTypes = {}): Promise<void> {
  return writeFileAtomic(path, tableToBytes(table, types));
}

/** Reads a table written by {@linkcode writeTable}. */
export async function readTable(path: string): Promise<Table> {
  return tableFromBytes(await Deno.readFile(path));
}

/**
 * The rows at `indices` of `table`, as objects by column name (the values `table.objects()`
 * gives): for a reader that works on a slice of a large table at a time.
 */
export function rowsAt(table: Table, indices: ArrayLike<number>): Record<string, unknown>[] {
  const columns = table.columnNames().map((name) => [name, table.column(name)!] as const);
  const rows: Record<string, unknown>[] = new Array(indices.length);
  for (let i = 0; i < indices.length; i++) {
    const row: Record<string, unknown> = {};
    for (const [name, column] of columns) row[name] = column.at(indices[i]!);
    rows[i] = row;
  }
  return rows;
}

/**
 * The row indices of `table` by batch, in table order: a row goes to the batch that `batchOf`
 * gives its key (the text of column `key`); a row whose key has no batch is handed to `orphan`
 * and left out. For stages that read a large table a batch of whole patients at a time.
 */
export function rowsByBatch(
  table: Table,
  key: string,
  batchOf: ReadonlyMap<string, number>,
  batches: number,
  orphan: (row: number, key: string) => void = () => {},
): number[][] {
  const byBatch: number[][] = Array.from({ length: batches }, () => []);
  const keys = table.column(key)!;
  for (let row = 0; row < table.numRows(); row++) {
    const value = String(keys.at(row));
    const batch = batchOf.get(value);
    if (batch === undefined) orphan(row, value);
    else byBatch[batch]!.push(row);
  }
  return byBatch;
}
