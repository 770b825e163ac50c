/**
 * Reads every table of one site's files exactly as its spec says, each file whole: decoding, then
 * the format's reader, then the checks that the mapped columns exist. Returns one
 * {@linkcode TableRead} per table entry of the spec whose columns are all there; everything
 * unreadable becomes an issue located in the file. A table whose header lacks a mapped column is
 * not read row by row: every row would otherwise report the same missing value, hiding the one
 * problem (the header).
 *
 * The stage reads files in streams (`site_tables.ts`); a file whose stream meets anything unusual
 * (an encoding problem, an unbalanced quote, JSON that is not a plain array) is read again here,
 * whole, by {@linkcode readWholeFile}, so that its problems are found and located as they always
 * were. Tests and small tools read whole sites with {@linkcode readSite}.
 *
 * @module
 */

import { decodeText, type EncodingProblem } from "./decode_text.ts";
import type { Issue } from "../validation/issues.ts";
import type { LoadedSite } from "../site_specs/load.ts";
import type { RawTable, ReadProblem } from "./raw_table.ts";
import { readDelimited } from "./read_delimited.ts";
import { readRedcapTables } from "./read_redcap_tables.ts";
import { rawTableSink } from "./read_xlsx.ts";
import { readWorkbookTables } from "./workbook_tables.ts";
import type { FileSpec, TableSpec } from "../site_specs/types.ts";
import { DEFAULT_INPUT_LIMITS, type InputLimits } from "./input_limits.ts";
import { locateCharacter } from "./locate_text.ts";
import { headerIssues } from "./header_issues.ts";
import { pushAll } from "../../_shared/large_arrays.ts";

/** The raw rows of one table entry of a site spec. */
export interface TableRead {
  site: string;
  file: FileSpec;
  table: TableSpec;
  raw: RawTable;
}

/**
 * Every table of `site`, and the issues that kept rows or files from being read. Files the
 * raw-folder snapshot did not open (too large, not regular) are skipped: their issue is the
 * folder's.
 */
export function readSite(
  site: LoadedSite,
  limits: InputLimits = DEFAULT_INPUT_LIMITS,
): { reads: TableRead[]; issues: Issue[] } {
  const reads: TableRead[] = [];
  const issues: Issue[] = [];
  const code = site.spec.site;
  for (const file of site.spec.files) {
    const bytes = site.folder.files.get(file.path);
    if (bytes === undefined) continue;
    const read = readWholeFile(
      code,
      file,
      bytes,
      site.folder.files.get(file.dictionary ?? ""),
      limits,
    );
    pushAll(reads, read.reads);
    pushAll(issues, read.issues);
  }
  return { reads, issues };
}

/**
 * The tables of one file read whole from `bytes` (with its REDCap dictionary's bytes, if it has
 * one and they could be read), and the issues of reading it, in the order of its tables.
 */
export function readWholeFile(
  code: string,
  file: FileSpec,
  bytes: Uint8Array,
  dictionary: Uint8Array | undefined,
  limits: InputLimits = DEFAULT_INPUT_LIMITS,
): { reads: TableRead[]; issues: Issue[] } {
  const reads: TableRead[] = [];
  const issues: Issue[] = [];
  const tables = readFile(file, bytes, dictionary, limits);
  if ("problem" in tables) return { reads, issues: [problemIssue(code, file, tables.problem)] };
  for (const [i, table] of file.tables.entries()) {
    const { raw, problems } = tables.read(i, table);
    pushAll(issues, problems.map((p) => problemIssue(code, file, p, "malformed-row")));
    // A table that could not be read at all has no header to check.
    if (raw.header.length === 0 && problems.length > 0) continue;
    const missing = headerIssues(code, file, table, raw, tables.columns?.(table));
    pushAll(issues, missing);
    if (missing.length === 0) reads.push({ site: code, file, table, raw });
  }
  return { reads, issues };
}

/** A read problem of `file` as an issue (`rule` unless the problem names its own). */
export function problemIssue(
  code: string,
  file: FileSpec,
  p: ReadProblem,
  rule = "unreadable-file",
): Issue {
  return {
    site: code,
    file: file.path,
    row: p.row,
    column: p.column ?? "",
    ...(p.value === undefined ? {} : { value: p.value }),
    rule: p.rule ?? rule,
    expected: p.expected,
    fix: p.fix,
  };
}

interface FileTables {
  read(index: number, table: TableSpec): { raw: RawTable; problems: ReadProblem[] };
  /** The columns a table may map, when the header does not say (REDCap: the dictionary). */
  columns?: (table: TableSpec) => Set<string>;
}

function readFile(
  file: FileSpec,
  bytes: Uint8Array,
  dictionaryBytes: Uint8Array | undefined,
  limits: InputLimits,
): FileTables | { problem: ReadProblem } {
  if (file.format === "xlsx") return readWorkbook(file, bytes, limits);
  const decoded = decodeText(bytes, file.encoding ?? "utf-8", file.bom ?? false);
  if ("problem" in decoded) return { problem: encodingProblem(decoded, file) };
  if (file.format === "delimited") {
    return {
      read: (_, t) => rename(readDelimited(decoded.text, file.delimiter ?? ",", t.headerRow)),
    };
  }
  if (dictionaryBytes === undefined) {
    return {
      problem: {
        row: `dictionary ${file.dictionary}`,
        expected: "the data dictionary, which could not be read (see its own problem)",
        fix: "make the dictionary a regular file within the size limit",
      },
    };
  }
  const dictionary = decodeText(dictionaryBytes, file.encoding ?? "utf-8", file.bom ?? false);
  if ("problem" in dictionary) {
    const located = encodingProblem(dictionary, { ...file, delimiter: "," });
    return { problem: { ...located, row: `dictionary ${file.dictionary} ${located.row}`.trim() } };
  }
  return readRedcapTables(decoded.text, dictionary.text, file);
}

function readWorkbook(
  file: FileSpec,
  bytes: Uint8Array,
  limits: InputLimits,
): FileTables | { problem: ReadProblem } {
  const sinks = file.tables.map((t) => rawTableSink(t.sheet ?? ""));
  const read = readWorkbookTables(file, bytes, limits, (i) => sinks[i]!.sink);
  if ("problem" in read) return read;
  return {
    read: (i) => {
      const problems = read.tables[i]?.problems ?? [];
      const raw = problems.length > 0 ? { header: [], rows: [] } : sinks[i]!.table();
      return { raw, problems };
    },
  };
}

/** An encoding problem, located at its row and column when the file is delimited. */
export function encodingProblem(decoded: EncodingProblem, file: FileSpec): ReadProblem {
  const base = { rule: "encoding", expected: decoded.problem, fix: decoded.fix };
  if (decoded.at === undefined) return { row: "", ...base };
  const { text, index } = decoded.at;
  const where = locateCharacter(
    text,
    index,
    file.format === "delimited" ? file.delimiter ?? "," : "\u0000",
    file.format === "delimited" ? (file.tables[0]?.headerRow ?? 1) : Number.MAX_SAFE_INTEGER,
  );
  return file.format === "delimited"
    ? { ...where, ...base }
    : { row: where.row.replace("row", "line"), value: where.value, ...base };
}

function rename(read: { table: RawTable; problems: ReadProblem[] }) {
  return { raw: read.table, problems: read.problems };
}
