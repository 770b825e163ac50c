/**
 * Reads every table of one site's files, exactly as its spec says, into typed columns, each file
 * in a stream: delimited text and REDCap JSON chunk by chunk through a streaming decoder, a
 * workbook's sheets as they inflate. Rows become records as they are read (`record_columns.ts`);
 * no file is held as text, nor any row as an object, so the memory a site needs is that of its
 * columns, about forty bytes a record.
 *
 * A file whose stream meets anything unusual (a byte that is not valid in its encoding, a quote
 * that breaks RFC 4180, JSON that is not a plain array of records, a dictionary that cannot be
 * read) is read again whole by the reader that has always read it (`read_site.ts`), so that its
 * problems are found, worded and located exactly as before. Issues come in the same order as
 * there: each file's problems and header issues, table by table, then each read's values.
 *
 * @module
 */

import type { Issue } from "../validation/issues.ts";
import type { Cell, RawRow, ReadProblem } from "./raw_table.ts";
import type { FileSource } from "./file_source.ts";
import { headerIssues } from "./header_issues.ts";
import { problemIssue, readWholeFile } from "./read_site.ts";
import { NeedsWholeFile, textStream } from "./text_stream.ts";
import { delimitedRecords } from "./delimited_records.ts";
import { delimitedTable } from "./delimited_table.ts";
import { jsonElements } from "./json_elements.ts";
import { readRedcapDictionary, recordProblem, REDCAP_SYSTEM_COLUMNS } from "./read_redcap.ts";
import { matchesWhere, unmatchedProblem } from "./read_redcap_tables.ts";
import { decodeText } from "./decode_text.ts";
import { readWorkbookTables } from "./workbook_tables.ts";
import type { ReadLocation } from "./read_location.ts";
import type { InputLimits } from "./input_limits.ts";
import type { FileSpec, SiteSpec, TableSpec } from "../site_specs/types.ts";
import {
  type FailedRecord,
  type ReadRecords,
  type RecordBuilder,
  recordBuilder,
} from "../values/record_columns.ts";
import { fieldsFingerprint, fingerprint } from "../values/fingerprint.ts";
import { pushAll } from "../../_shared/large_arrays.ts";

/** One table entry of a site spec read into columns. */
export interface TableColumns {
  /** The entry's file and table, by index in the spec. */
  fileIndex: number;
  tableIndex: number;
  location: ReadLocation;
  /** Data rows read (records with and without issues; merged duplicates included). */
  rowsRead: number;
  records: ReadRecords;
}

/** What reading a site gives. */
export interface SiteRead {
  site: string;
  /** Each table entry whose columns are all there, in spec order. */
  reads: TableColumns[];
  /** Problems of files and rows, and header issues. */
  readIssues: Issue[];
  /** Values that cannot be used, read by read. */
  valueIssues: Issue[];
  failed: FailedRecord[];
}

/** A table whose columns are all there, being read. */
interface OpenRead {
  tableIndex: number;
  location: ReadLocation;
  rows: number;
  builder: RecordBuilder<never>;
}

/** What reading one file gives: its issues in order, and its complete tables. */
interface FileOutcome {
  issues: Issue[];
  reads: OpenRead[];
}

/**
 * The tables of `spec`'s files, read from `source`; `readable` says which files ingest may open
 * (regular files within the size limit, claimed by the spec).
 */
export function readSiteTables(
  spec: SiteSpec,
  source: FileSource,
  readable: (name: string) => boolean,
  limits: InputLimits,
): SiteRead {
  const site: SiteRead = {
    site: spec.site,
    reads: [],
    readIssues: [],
    valueIssues: [],
    failed: [],
  };
  for (const [fileIndex, file] of spec.files.entries()) {
    if (!readable(file.path)) continue;
    const outcome = readFile(spec.site, file, source, readable, limits);
    pushAll(site.readIssues, outcome.issues);
    for (const read of outcome.reads) {
      site.reads.push({
        fileIndex,
        tableIndex: read.tableIndex,
        location: read.location,
        rowsRead: read.rows,
        records: read.builder.done(),
      });
      pushAll(site.valueIssues, read.builder.issues);
      pushAll(site.failed, read.builder.failed);
    }
  }
  return site;
}

function readFile(
  code: string,
  file: FileSpec,
  source: FileSource,
  readable: (name: string) => boolean,
  limits: InputLimits,
): FileOutcome {
  try {
    if (file.format === "delimited") return streamDelimited(code, file, source);
    if (file.format === "xlsx") return readWorkbook(code, file, source, limits);
    if (file.dictionary !== undefined && readable(file.dictionary)) {
      const redcap = streamRedcap(code, file, source, source.bytes(file.dictionary));
      if (redcap !== undefined) return redcap;
    }
  } catch (error) {
    if (!(error instanceof NeedsWholeFile)) throw error;
  }
  return readWhole(code, file, source, readable, limits);
}

/** The file read whole, as `read_site.ts` reads it, its rows then turned into columns. */
function readWhole(
  code: string,
  file: FileSpec,
  source: FileSource,
  readable: (name: string) => boolean,
  limits: InputLimits,
): FileOutcome {
  const dictionary = file.dictionary !== undefined && readable(file.dictionary)
    ? source.bytes(file.dictionary)
    : undefined;
  const whole = readWholeFile(code, file, source.bytes(file.path), dictionary, limits);
  const reads = whole.reads.map((read) => {
    const location: ReadLocation = { format: file.format };
    const builder = recordBuilder<RawRow>(
      { site: code, file, table: read.table, dateSystem: read.raw.dateSystem, location },
      (column) => (row) => row.values.get(column),
    );
    for (const row of read.raw.rows) {
      const number = Number(row.row.slice(row.row.lastIndexOf(" ") + 1));
      builder.add(row, number, textFingerprint(row.fingerprint));
    }
    return {
      tableIndex: file.tables.indexOf(read.table),
      location,
      rows: read.raw.rows.length,
      builder: builder as RecordBuilder<never>,
    };
  });
  return { issues: whole.issues, reads };
}

/** A table's outcome in the order `read_site.ts` reports it: problems, then header issues. */
function tableOutcome(
  code: string,
  file: FileSpec,
  problems: readonly ReadProblem[],
  header: readonly string[],
  missing: readonly Issue[],
): Issue[] {
  const issues = problems.map((p) => problemIssue(code, file, p, "malformed-row"));
  // A table that could not be read at all has no header to check.
  if (header.length === 0 && problems.length > 0) return issues;
  return [...issues, ...missing];
}

/** A delimited file, split into records as it is decoded. */
function streamDelimited(code: string, file: FileSpec, source: FileSource): FileOutcome {
  const location: ReadLocation = { format: "delimited" };
  const tables = file.tables.map((table, tableIndex) => {
    let missing: Issue[] = [];
    let builder: RecordBuilder<string[]> | undefined;
    const reader = delimitedTable(table.headerRow, {
      header(names) {
        missing = headerIssues(code, file, table, { header: names, rows: [] }, undefined);
        if (missing.length > 0) return;
        const index = new Map(names.map((name, i) => [name, i]));
        builder = recordBuilder<string[]>(
          { site: code, file, table, location },
          (column) => {
            const at = index.get(column);
            return at === undefined ? () => undefined : (fields) => fields[at];
          },
        );
      },
      row(fields, line) {
        builder?.add(fields, line, fieldsFingerprint(fields));
      },
    });
    return { tableIndex, reader, missing: () => missing, builder: () => builder };
  });
  const text = textStream(file.encoding ?? "utf-8", file.bom ?? false);
  const records = delimitedRecords(file.delimiter ?? ",", (fields, line) => {
    for (const table of tables) table.reader.record(fields, line);
  });
  for (const chunk of source.chunks(file.path)) records.push(text.push(chunk));
  records.push(text.finish());
  records.finish();
  const outcome: FileOutcome = { issues: [], reads: [] };
  for (const table of tables) {
    const { problems, header, rows } = table.reader.finish();
    pushAll(outcome.issues, tableOutcome(code, file, problems, header, table.missing()));
    const builder = table.builder();
    if (builder !== undefined && !(header.length === 0 && problems.length > 0)) {
      outcome.reads.push({
        tableIndex: table.tableIndex,
        location,
        rows,
        builder: builder as RecordBuilder<never>,
      });
    }
  }
  return outcome;
}

/**
 * A REDCap export read record by record; undefined when its dictionary has a problem (the whole
 * file is then read as before, which reports it).
 */
function streamRedcap(
  code: string,
  file: FileSpec,
  source: FileSource,
  dictionaryBytes: Uint8Array,
): FileOutcome | undefined {
  const decoded = decodeText(dictionaryBytes, file.encoding ?? "utf-8", file.bom ?? false);
  if ("problem" in decoded) return undefined;
  const dictionary = readRedcapDictionary(decoded.text);
  if (dictionary.problem !== undefined) return undefined;
  const columns = new Set([...dictionary.fields, ...REDCAP_SYSTEM_COLUMNS]);
  const header = [...columns];
  const location: ReadLocation = { format: "redcap" };
  type Row = Record<string, string>;
  const tables = file.tables.map((table) => {
    const missing = headerIssues(code, file, table, { header, rows: [] }, columns);
    const builder = missing.length > 0 ? undefined : recordBuilder<Row>(
      { site: code, file, table, location },
      (column) => (row) => Object.hasOwn(row, column) ? row[column] : undefined,
    );
    return { table, missing, builder, rows: 0 };
  });
  // As when read whole: every record that is not one first, then every record no table selects.
  const problems: ReadProblem[] = [];
  const unmatched: ReadProblem[] = [];
  const text = textStream(file.encoding ?? "utf-8", file.bom ?? false);
  const elements = jsonElements((record, position) => {
    const row = `record ${position}`;
    const problem = recordProblem(record, row);
    if (problem !== undefined) return void problems.push(problem);
    const values = record as Row;
    const get = (column: string) => Object.hasOwn(values, column) ? values[column] : undefined;
    let match = -1;
    let matches = 0;
    for (const [i, { table }] of tables.entries()) {
      if (matchesWhere(get, table as TableSpec)) {
        match = i;
        matches++;
      }
    }
    if (matches !== 1) return void unmatched.push(unmatchedProblem(file, row, get, matches));
    const target = tables[match]!;
    target.rows++;
    if (target.builder === undefined) return;
    const print = fingerprint();
    for (const key in values) {
      print.add(key);
      print.add(values[key]!);
    }
    target.builder.add(values, position, print.value());
  });
  for (const chunk of source.chunks(file.path)) elements.push(text.push(chunk));
  elements.push(text.finish());
  elements.finish();
  pushAll(problems, unmatched);
  const outcome: FileOutcome = { issues: [], reads: [] };
  for (const [tableIndex, table] of tables.entries()) {
    // Record-level problems are reported once, with the first table.
    outcome.issues.push(
      ...tableOutcome(code, file, tableIndex === 0 ? problems : [], header, table.missing),
    );
    if (table.builder === undefined) continue;
    outcome.reads.push({
      tableIndex,
      location,
      rows: table.rows,
      builder: table.builder as RecordBuilder<never>,
    });
  }
  return outcome;
}

/** A workbook, each sheet read once as it inflates. */
function readWorkbook(
  code: string,
  file: FileSpec,
  source: FileSource,
  limits: InputLimits,
): FileOutcome {
  const tables = file.tables.map((table) => {
    const state = {
      header: [] as string[],
      missing: [] as Issue[],
      rows: 0,
      location: { format: "xlsx", sheet: table.sheet ?? "" } as ReadLocation,
      builder: undefined as RecordBuilder<ReadonlyMap<string, Cell>> | undefined,
    };
    return { table, state };
  });
  const read = readWorkbookTables(file, source.bytes(file.path), limits, (i, table) => {
    const { state } = tables[i]!;
    return {
      header(names, dateSystem) {
        state.header = [...names.values()];
        const letters = new Map([...names].map(([letter, name]) => [name, letter]));
        state.location = { format: "xlsx", sheet: table.sheet ?? "", letters };
        state.missing = headerIssues(
          code,
          file,
          table,
          { header: state.header, rows: [] },
          undefined,
        );
        if (state.missing.length > 0) return;
        state.builder = recordBuilder<ReadonlyMap<string, Cell>>(
          { site: code, file, table, dateSystem, location: state.location },
          (column) => {
            const letter = letters.get(column);
            return letter === undefined ? () => undefined : (cells) => cells.get(letter);
          },
        );
      },
      row(number, cells, print) {
        state.rows++;
        state.builder?.add(cells, number, print);
      },
      restart() {
        state.header = [];
        state.missing = [];
        state.rows = 0;
        state.builder = undefined;
      },
    };
  });
  if ("problem" in read) return { issues: [problemIssue(code, file, read.problem)], reads: [] };
  const outcome: FileOutcome = { issues: [], reads: [] };
  for (const [tableIndex, { state }] of tables.entries()) {
    const { problems } = read.tables[tableIndex]!;
    pushAll(outcome.issues, tableOutcome(code, file, problems, state.header, state.missing));
    if (problems.length > 0 || state.builder === undefined) continue;
    outcome.reads.push({
      tableIndex,
      location: state.location,
      rows: state.rows,
      builder: state.builder as RecordBuilder<never>,
    });
  }
  return outcome;
}

/** The fingerprint of a row read whole (its fingerprint text). */
function textFingerprint(text: string): number {
  const print = fingerprint();
  print.add(text);
  return print.value();
}
