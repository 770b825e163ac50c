/**
 * A common-data-model table gathered as columns, batch after batch: only the values are kept
 * (the row objects of a batch can go once it is appended), and the table built at the end is the
 * one `rowsTable` would build from all the rows at once, so its Arrow bytes are the same.
 *
 * @module
 */

import * as aq from "arquero";
import type { Rows } from "../_shared/contracts/ingest_tables.ts";
import type { Table } from "../_shared/table_io.ts";

/** The values of a table's columns, appended row by row. */
export class ColumnSink {
  readonly #columns: Map<string, unknown[]>;

  constructor(readonly names: readonly string[]) {
    this.#columns = new Map(names.map((name) => [name, []]));
  }

  /** Appends `rows` (a missing value as null). */
  append(rows: Rows): void {
    for (const [name, values] of this.#columns) {
      for (const row of rows) values.push(row[name] ?? null);
    }
  }

  /** The number of rows appended. */
  get length(): number {
    return this.#columns.get(this.names[0]!)?.length ?? 0;
  }

  /** The table of every row appended, columns in order. */
  table(): Table {
    return aq.table(Object.fromEntries(this.#columns));
  }
}
