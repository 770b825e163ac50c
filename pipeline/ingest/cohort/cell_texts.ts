/**
 * The texts of the cells that issues and warnings name. Records keep values, not the text they
 * were read from (`12/05/2019` is kept as a day number); a message shows the text as the file has
 * it, so each file an issue points into is read again, whole (`read_site.ts`), and the named cells
 * looked up. Only a run that stops on problems, or warns, does this, and only for those files.
 *
 * @module
 */

import type { Found, Issue, PendingCell } from "../validation/issues.ts";
import type { IngestWarning } from "../validation/record_issue.ts";
import { readWholeFile } from "../readers/read_site.ts";
import type { FileSource } from "../readers/file_source.ts";
import type { InputLimits } from "../readers/input_limits.ts";
import type { SiteSpec } from "../site_specs/types.ts";

/** Where a site's files can be read again. */
export interface SiteFiles {
  spec: SiteSpec;
  source: FileSource;
  readable(name: string): boolean;
}

/** Fills in every pending cell of `issues` and `warnings` (in place) with its text. */
export function fillCellTexts(
  issues: Issue[],
  warnings: IngestWarning[],
  sites: ReadonlyMap<string, SiteFiles>,
  limits: InputLimits,
): void {
  const pending: PendingCell[] = [];
  for (const item of [...issues, ...warnings]) {
    if (isPending(item.value)) pending.push(item.value);
  }
  if (pending.length === 0) return;
  const texts = new Map<string, string | null>();
  const files = new Map<string, PendingCell[]>();
  for (const cell of pending) {
    const key = `${cell.pending.site}\u0000${cell.pending.file}`;
    files.set(key, [...(files.get(key) ?? []), cell]);
  }
  for (const cells of files.values()) {
    const { site, file: fileIndex } = cells[0]!.pending;
    const files = sites.get(site)!;
    const file = files.spec.files[fileIndex]!;
    const dictionary = file.dictionary !== undefined && files.readable(file.dictionary)
      ? files.source.bytes(file.dictionary)
      : undefined;
    const whole = readWholeFile(site, file, files.source.bytes(file.path), dictionary, limits);
    // The cells wanted in each row (of each table entry).
    const rows = new Map<string, PendingCell[]>();
    for (const cell of cells) {
      const row = `${cell.pending.table}\u0000${cell.pending.row}`;
      rows.set(row, [...(rows.get(row) ?? []), cell]);
    }
    for (const read of whole.reads) {
      const table = file.tables.indexOf(read.table);
      for (const row of read.raw.rows) {
        for (const cell of rows.get(`${table}\u0000${row.row}`) ?? []) {
          const value = row.values.get(cell.pending.column);
          const text = value === undefined ? "" : String(value).trim();
          texts.set(key(cell), text === "" ? null : text);
        }
      }
    }
  }
  const text = (value: Found): string | null =>
    isPending(value) ? texts.get(key(value)) ?? null : value as string | null;
  for (const issue of issues) if (isPending(issue.value)) issue.value = text(issue.value);
  for (const warning of warnings) if (isPending(warning.value)) warning.value = text(warning.value);
}

function key({ pending: { site, file, table, row, column } }: PendingCell): string {
  return JSON.stringify([site, file, table, row, column]);
}

function isPending(value: unknown): value is PendingCell {
  return typeof value === "object" && value !== null && "pending" in value;
}
