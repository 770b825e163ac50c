/**
 * A record kept as columns, seen as the {@linkcode SourceRecord} object the checks' messages are
 * written for: values as the codebook's types (ISO dates, common codes), the location of each
 * field, and the text of each cell. Made only for a record an issue or a warning names, so a
 * cohort of millions of records builds a handful of these.
 *
 * The text of a date or a number cell is not kept with the record: it is a pending cell, looked up
 * in the file only if the message is shown (`cell_texts.ts`). Case numbers and regimens are kept
 * as read, so their texts are at hand.
 *
 * @module
 */

import type { PendingCell } from "../validation/issues.ts";
import type { SourceRecord } from "../values/source_records.ts";
import { SOURCE_FIELDS, type SourceTable } from "../values/source_fields.ts";
import type { Value } from "../values/parse_value.ts";
import { cellLabel, rowLabel } from "../readers/read_location.ts";
import { NO_DAY } from "../values/record_columns.ts";
import { isoOfDay } from "./iso_days.ts";
import type { CohortSite } from "./cohort_site.ts";

/** The record `index` of `table` at `site`. */
export function recordView(site: CohortSite, table: SourceTable, index: number): SourceRecord {
  const columns = site.columns.tables[table];
  const read = site.columns.reads[columns.read[index]!]!;
  const file = site.spec.files[read.fileIndex]!;
  const spec = file.tables[read.tableIndex]!;
  const number = columns.row[index]!;
  const values: Record<string, Value> = {};
  const cells: Record<string, string | null | PendingCell> = {};
  for (const [name, field] of Object.entries(SOURCE_FIELDS[table])) {
    values[name] = valueOf(columns.values[name], field.type, field.values, index);
    const column = spec.columns[name];
    if (column === undefined) cells[name] = null;
    else if (field.type === "text") cells[name] = values[name] as string | null;
    else {
      cells[name] = {
        pending: {
          site: site.spec.site,
          file: read.fileIndex,
          table: read.tableIndex,
          row: rowLabel(read.location, number),
          column,
        },
      };
    }
  }
  return {
    site: site.spec.site,
    file: file.path,
    table,
    row: rowLabel(read.location, number),
    values,
    cells,
    at(field) {
      const column = spec.columns[field];
      return column === undefined
        ? { row: rowLabel(read.location, number), column: `(${field}, not mapped)` }
        : { row: cellLabel(read.location, number, column), column: `"${column}" (${field})` };
    },
    fingerprint: String(columns.fingerprint[index]),
  };
}

/** The value of a field's column at `index`, as the codebook types it. */
export function valueOf(
  column: ArrayLike<number | string | null> | undefined,
  type: string,
  codes: readonly string[] | undefined,
  index: number,
): Value {
  if (column === undefined) return null;
  const stored = column[index] ?? null;
  if (stored === null) return null;
  if (type === "date") return stored === NO_DAY ? null : isoOfDay(stored as number);
  if (type === "code") return stored === -1 ? null : codes?.[stored as number] ?? null;
  if (type === "number" || type === "integer") {
    return Number.isNaN(stored as number) ? null : stored as number;
  }
  return stored as string;
}
