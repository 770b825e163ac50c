/**
 * The reconciliation: every raw data row, per site, file and table, is included, excluded (by
 * reason) or merged into another row (by reason), so that rows read = included + excluded + merged.
 * Totals per site and overall are sums of the per-file counts. `balanced` says whether each count
 * adds up; harmonise refuses to write a reconciliation that does not.
 *
 * @module
 */

import {
  EXCLUSION_REASONS,
  type ExclusionReason,
  MERGE_REASONS,
  type MergeReason,
} from "../_shared/contracts/cdm_schema.ts";
import type { Reconciliation, ReconciliationRow } from "../_shared/contracts/quality.ts";
import type { RowsReadRecord } from "./ingest_records.ts";
import { compare } from "./persons.ts";

/** What became of one raw row. */
export type Fate =
  | { kind: "included" }
  | { kind: "excluded"; reason: ExclusionReason }
  | { kind: "merged"; reason: MergeReason };

/** Where a raw row came from. */
interface RowSource {
  site: string;
  file: string;
  table: string;
}

/**
 * The counts of fates per site, file and table, taken one fate at a time: a registry has millions
 * of raw rows, and only their counts are kept, never a list of their fates.
 */
export class FateTally {
  readonly #files = new Map<string, ReconciliationRow>();

  constructor(rowsRead: readonly RowsReadRecord[]) {
    for (const r of rowsRead) {
      this.#files.set(key(r), { ...empty(r.site, r.file, r.table), rowsRead: r.rows_read });
    }
  }

  /** Counts the fate of one row of `where`. */
  add(where: RowSource, fate: Fate): void {
    let row = this.#files.get(key(where));
    if (row === undefined) {
      this.#files.set(key(where), row = empty(where.site, where.file, where.table));
    }
    if (fate.kind === "included") row.included += 1;
    else if (fate.kind === "excluded") row.excluded[fate.reason] += 1;
    else row.merged[fate.reason] += 1;
  }

  /** The reconciliation of the fates counted so far against the rows read. */
  reconciliation(): Reconciliation {
    return reconciliationOf([...this.#files.values()]);
  }
}

/** Counts `fates` against the rows read. */
export function reconcile(
  rowsRead: readonly RowsReadRecord[],
  fates: readonly (RowSource & { fate: Fate })[],
): Reconciliation {
  const tally = new FateTally(rowsRead);
  for (const { fate, ...where } of fates) tally.add(where, fate);
  return tally.reconciliation();
}

function key(r: RowSource): string {
  return `${r.site}\u0000${r.file}\u0000${r.table}`;
}

function reconciliationOf(rows: readonly ReconciliationRow[]): Reconciliation {
  const fileRows = rows.map(withBalance);
  const siteCodes = [...new Set(fileRows.map((r) => r.site))].sort(compare);
  const sites = siteCodes.map((site) => sum(fileRows.filter((r) => r.site === site), site));
  const total = sum(fileRows, "*");
  return {
    files: fileRows,
    sites,
    total,
    balanced: fileRows.every((r) => r.balanced) && total.balanced,
  };
}

function empty(site: string, file: string, table: string): ReconciliationRow {
  return {
    site,
    file,
    table,
    rowsRead: 0,
    included: 0,
    excluded: Object.fromEntries(EXCLUSION_REASONS.map((r) => [r, 0])) as Record<
      ExclusionReason,
      number
    >,
    merged: Object.fromEntries(MERGE_REASONS.map((r) => [r, 0])) as Record<MergeReason, number>,
    balanced: false,
  };
}

function accounted(row: ReconciliationRow): number {
  return row.included + Object.values(row.excluded).reduce((a, b) => a + b, 0) +
    Object.values(row.merged).reduce((a, b) => a + b, 0);
}

function withBalance(row: ReconciliationRow): ReconciliationRow {
  return { ...row, balanced: row.rowsRead === accounted(row) };
}

function sum(rows: ReconciliationRow[], site: string): ReconciliationRow {
  const total = empty(site, "*", "*");
  for (const row of rows) {
    total.rowsRead += row.rowsRead;
    total.included += row.included;
    for (const r of EXCLUSION_REASONS) total.excluded[r] += row.excluded[r];
    for (const r of MERGE_REASONS) total.merged[r] += row.merged[r];
  }
  return withBalance(total);
}
