/**
 * CSV text for committed outputs: RFC 4180 quoting, `\n` line ends, a final newline, and values
 * formatted by the caller (numbers arrive as strings at fixed precision, so the bytes never depend
 * on JavaScript's shortest-round-trip number printing).
 *
 * @module
 */

/** A cell: already-formatted text, or empty for null. */
export type Cell = string | null;

/** CSV text of a header and rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => row.map(quote).join(",")).join("\n") + "\n";
}

/**
 * CSV text of a header and rows in chunks of `chunkRows` rows, the same bytes as
 * {@linkcode toCsv}: for files too large to hold as one string.
 */
export function* csvChunks(
  header: readonly string[],
  rows: Iterable<readonly Cell[]>,
  chunkRows = 20_000,
): Generator<string> {
  yield header.map(quote).join(",") + "\n";
  yield* csvRowChunks(rows, chunkRows);
}

/** CSV text of rows without a header, in chunks of `chunkRows` rows. */
export function* csvRowChunks(
  rows: Iterable<readonly Cell[]>,
  chunkRows = 20_000,
): Generator<string> {
  let lines: string[] = [];
  for (const row of rows) {
    lines.push(row.map(quote).join(","));
    if (lines.length >= chunkRows) {
      yield lines.join("\n") + "\n";
      lines = [];
    }
  }
  if (lines.length > 0) yield lines.join("\n") + "\n";
}

function quote(cell: Cell): string {
  if (cell === null) return "";
  return /[",\n\r]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
