/**
 * ADaM column definitions: one list per dataset, read both by the CSV writer and by the data
 * dictionary, so the two cannot disagree.
 *
 * @module
 */

import type { Cell } from "../../_shared/csv.ts";

/** One ADaM variable. */
export interface AdamColumn<Row> {
  name: string;
  label: string;
  type: "Char" | "Num" | "Date";
  /** Allowed values or the unit, for the dictionary. */
  values?: string;
  get: (row: Row) => Cell;
}

/** Fixed decimals for a number, empty for null. */
export function fixed(value: number | null, digits: number): Cell {
  return value === null ? null : value.toFixed(digits);
}

/** Whole numbers as text, empty for null. */
export function integer(value: number | null): Cell {
  if (value === null) return null;
  if (!Number.isInteger(value)) throw new RangeError(`Expected an integer but found ${value}`);
  return String(value);
}

/** Y/N flag. */
export function flag(value: boolean): Cell {
  return value ? "Y" : "N";
}

/** The cells of each of `rows` under `columns`, one row at a time. */
export function* tabulate<Row>(
  columns: readonly AdamColumn<Row>[],
  rows: Iterable<Row>,
): Generator<Cell[]> {
  for (const row of rows) yield columns.map((c) => c.get(row));
}

/** The study identifier of every ADaM dataset. */
export const STUDYID = "WSN-CCS";

/** STUDYID, USUBJID and SITEID: the key columns every record-level dataset starts with. */
export function subjectColumns<Row extends { usubjid: string; siteid: string }>(): AdamColumn<
  Row
>[] {
  return [
    { name: "STUDYID", label: "Study identifier", type: "Char", get: () => STUDYID },
    { name: "USUBJID", label: "Unique subject identifier", type: "Char", get: (r) => r.usubjid },
    { name: "SITEID", label: "Site of the subject identifier", type: "Char", get: (r) => r.siteid },
  ];
}

/** SRCREC: the raw records behind a row (traceability; `sources.ts`). */
export function SRCREC_COLUMN<Row>(get: (row: Row) => string): AdamColumn<Row> {
  return {
    name: "SRCREC",
    label: "Source records: raw site, file and row of every record behind this row",
    type: "Char",
    values: 'site/file row, several separated by "; "',
    get,
  };
}
