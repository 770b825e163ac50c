/**
 * Reads a CSV file in chunks, row by row, without ever holding its whole text: the analysis
 * datasets of a registry-sized cohort (ADRS of a million patients is about 1.8 GB) are larger
 * than the longest string JavaScript can hold. Reads RFC 4180 as `csv.ts` writes it: a header
 * row, fields quoted when they hold a comma, quote or line break, `\n` or `\r\n` line ends.
 *
 * Each row reaches the caller as a field getter by column name, so that a reader keeping a few
 * columns of a few rows (the best responses of ADRS) builds no object for the rows it skips.
 *
 * @module
 */

/** One data row: its fields by column name (undefined for a column the file does not have). */
export type CsvField = (column: string) => string | undefined;

/** Size of each read; a line may span reads. */
const CHUNK_BYTES = 1 << 22;

/**
 * Calls `visit` with each data row of the CSV file at `path` (its field getter and 0-based data
 * row number) and collects what it returns, skipping null and undefined.
 */
export async function readCsvRows<T>(
  path: string,
  visit: (field: CsvField, index: number) => T | null | undefined,
): Promise<T[]> {
  const kept: T[] = [];
  let columns: Map<string, number> | null = null;
  let index = 0;
  for await (const record of csvRecords(path)) {
    if (columns === null) {
      columns = new Map(record.map((name, i) => [name, i]));
      continue;
    }
    const positions: Map<string, number> = columns;
    const field: CsvField = (column) => {
      const at = positions.get(column);
      return at === undefined ? undefined : record[at] ?? "";
    };
    const value = visit(field, index++);
    if (value !== null && value !== undefined) kept.push(value);
  }
  return kept;
}

/**
 * Calls `visit` with each data row of the CSV file at `path` as an object by column name: for a
 * reader that needs whole rows (a predicate over any column) but keeps few of them.
 */
export async function forEachCsvRow(
  path: string,
  visit: (row: Record<string, string>, index: number) => void,
): Promise<void> {
  let header: string[] | null = null;
  let index = 0;
  for await (const record of csvRecords(path)) {
    if (header === null) {
      header = record;
      continue;
    }
    const row: Record<string, string> = {};
    for (let i = 0; i < header.length; i++) row[header[i]!] = record[i] ?? "";
    visit(row, index++);
  }
}

/** The records of the file, header first, each as its fields. */
async function* csvRecords(path: string): AsyncGenerator<string[]> {
  using file = await Deno.open(path);
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const buffer = new Uint8Array(CHUNK_BYTES);
  let pending = "";
  for (;;) {
    const read = await file.read(buffer);
    const done = read === null;
    const text = pending + (done ? decoder.decode() : decoder.decode(buffer.subarray(0, read), {
      stream: true,
    }));
    const { records, rest } = splitRecords(text, done);
    pending = rest;
    yield* records;
    if (done) return;
  }
}

/**
 * The complete records of `text` and the unfinished rest (a line cut by the chunk, or a quoted
 * field still open). At the end of the file (`final`), the rest is the last record.
 */
export function splitRecords(text: string, final: boolean): { records: string[][]; rest: string } {
  const records: string[][] = [];
  let start = 0;
  // The next quote at or after `start` (-1: none): looked up once per quoted record, not per line.
  let quote = text.indexOf('"');
  while (start < text.length) {
    if (quote !== -1 && quote < start) quote = text.indexOf('"', start);
    let end = text.indexOf("\n", start);
    // A quoted field may hold line breaks: the record ends at a line break outside quotes.
    if (quote !== -1 && (end === -1 || quote < end)) end = endOfQuotedRecord(text, quote);
    if (end === -1) {
      if (!final) return { records, rest: text.slice(start) };
      end = text.length;
    }
    const line = text.charCodeAt(end - 1) === 13
      ? text.slice(start, end - 1)
      : text.slice(start, end);
    records.push(parseFields(line));
    start = end + 1;
  }
  return { records, rest: "" };
}

/** The line break ending the record whose first quote is at `quote`; -1 when the text ends first. */
function endOfQuotedRecord(text: string, quote: number): number {
  let inQuotes = false;
  for (let at = quote; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 34) inQuotes = !inQuotes;
    else if (code === 10 && !inQuotes) return at;
  }
  return -1;
}

/** The fields of one record. */
export function parseFields(line: string): string[] {
  if (!line.includes('"')) return line.split(",");
  const fields: string[] = [];
  let at = 0;
  for (;;) {
    if (line[at] === '"') {
      let value = "";
      let from = at + 1;
      for (;;) {
        const close = line.indexOf('"', from);
        if (close === -1) throw new SyntaxError(`unclosed quoted field in CSV record: ${line}`);
        value += line.slice(from, close);
        if (line[close + 1] === '"') {
          value += '"';
          from = close + 2;
          continue;
        }
        at = close + 1;
        break;
      }
      fields.push(value);
    } else {
      const comma = line.indexOf(",", at);
      fields.push(line.slice(at, comma === -1 ? line.length : comma));
      at = comma === -1 ? line.length : comma;
    }
    if (at >= line.length) return fields;
    if (line[at] !== ",") {
      throw new SyntaxError(`text after a closing quote in CSV record: ${line}`);
    }
    at++;
    if (at === line.length) {
      fields.push("");
      return fields;
    }
  }
}
