/**
 * Arquero tables as interim artefacts: one JSON object of named columns, so that column names and
 * order survive an empty table, and values keep their JSON types (dates stay ISO strings; Arquero's
 * own `fromJSON` would turn them into date-times).
 *
 * @module
 */

import * as aq from "arquero";
import { writeFileAtomic } from "./atomic_write.ts";

type Table = ReturnType<typeof aq.table>;

/** The JSON text of `table`, one column per line, ending in a newline. */
export function tableToJson(table: Table): string {
  const lines = table.columnNames().map((name) =>
    `  ${JSON.stringify(name)}: ${
      JSON.stringify(Array.from(table.array(name) as ArrayLike<unknown>))
    }`
  );
  return `{\n${lines.join(",\n")}\n}\n`;
}

/** The table that {@linkcode tableToJson} wrote. */
export function tableFromJson(text: string): Table {
  return aq.table(JSON.parse(text) as Record<string, unknown[]>);
}

/** Writes `table` atomically to `path`. */
export function writeTable(path: string, table: Table): Promise<void> {
  return writeFileAtomic(path, tableToJson(table));
}

/** Reads a table written by {@linkcode writeTable}. */
export async function readTable(path: string): Promise<Table> {
  return tableFromJson(await Deno.readTextFile(path));
}
