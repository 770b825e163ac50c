/**
 * An interim table as Apache Arrow IPC bytes (`_shared/table_io.ts` reads them back): each column
 * built by flechette from its visitor, with the types flechette infers from the values (text as a
 * dictionary, whole numbers as the narrowest integer, others as doubles), as Arquero's
 * `toArrowIPC` builds them from row objects. Same values, same bytes, no row objects.
 *
 * @module
 */

import { columnFromValues, tableFromColumns, tableToIPC } from "@uwdata/flechette";
import type { InterimTable } from "./interim_tables.ts";

/** The Arrow IPC stream of `table`. */
export function interimArrow(table: InterimTable): Uint8Array {
  const columns = table.columns.map((name) =>
    [name, columnFromValues(table.column(name))] as const
  );
  return tableToIPC(tableFromColumns(columns.map(([name, column]) => [name, column])), {
    format: "stream",
  })!;
}
