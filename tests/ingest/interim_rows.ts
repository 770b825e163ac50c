/**
 * Ingest's columnar tables as row objects, so that tests can find, filter and compare rows (the
 * pipeline itself never builds them: it writes each column from its visitor).
 */

import type { IngestTableName } from "../../pipeline/_shared/contracts/ingest_tables.ts";
import type { InterimTable, InterimValue } from "../../pipeline/ingest/cohort/interim_tables.ts";

/** One row of an interim table, keyed by column. */
export type InterimRow = Record<string, InterimValue>;

/** The rows of `table`, with its columns in order. */
export function interimRows(table: InterimTable): InterimRow[] {
  const rows: InterimRow[] = Array.from({ length: table.length }, () => ({}));
  for (const name of table.columns) {
    let i = 0;
    table.column(name)((value) => {
      rows[i++]![name] = value;
    });
  }
  return rows;
}

/** Every table of ingest's result as rows. */
export function interimTablesRows(
  tables: Record<IngestTableName, InterimTable>,
): Record<IngestTableName, InterimRow[]> {
  return Object.fromEntries(
    Object.entries(tables).map(([name, table]) => [name, interimRows(table)]),
  ) as Record<IngestTableName, InterimRow[]>;
}
