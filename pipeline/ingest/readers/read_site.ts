/**
 * Reads every table of one site's files exactly as its spec says: decoding, then the format's
 * reader, then the checks that the mapped columns exist. Returns one {@linkcode TableRead} per
 * table entry of the spec whose columns are all there; everything unreadable becomes an issue
 * located in the file. A table whose header lacks a mapped column is not read row by row: every
 * row would otherwise report the same missing value, hiding the one problem (the header).
 *
 * @module
 */

import { decodeText, type EncodingProblem } from "./decode_text.ts";
import type { Issue } from "../validation/issues.ts";
import type { LoadedSite } from "../site_specs/load.ts";
import type { RawTable, ReadProblem } from "./raw_table.ts";
import { readDelimited } from "./read_delimited.ts";
import { readRedcapTables } from "./read_redcap_tables.ts";
import { readSheet } from "./read_xlsx.ts";
import type { FileSpec, TableSpec } from "../site_specs/types.ts";
import { openWorkbook } from "./xlsx_package.ts";
import { ZipLimitError } from "./zip_archive.ts";
import { bytesOf, DEFAULT_INPUT_LIMITS, type InputLimits } from "./input_limits.ts";
import { locateCharacter } from "./locate_text.ts";
import { headerIssues } from "./header_issues.ts";

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
    const problem = (p: ReadProblem, rule = "unreadable-file"): Issue => ({
      site: code,
      file: file.path,
      row: p.row,
      column: p.column ?? "",
      ...(p.value === undefined ? {} : { value: p.value }),
      rule: p.rule ?? rule,
      expected: p.expected,
      fix: p.fix,
    });
    const bytes = site.folder.files.get(file.path);
    if (bytes === undefined) continue;
    const tables = readFile(site, file, bytes, limits);
    if ("problem" in tables) {
      issues.push(problem(tables.problem));
      continue;
    }
    for (const [i, table] of file.tables.entries()) {
      const { raw, problems } = tables.read(i, table);
      issues.push(...problems.map((p) => problem(p, "malformed-row")));
      // A table that could not be read at all has no header to check.
      if (raw.header.length === 0 && problems.length > 0) continue;
      const missing = headerIssues(code, file, table, raw, tables.columns?.(table));
      issues.push(...missing);
      if (missing.length === 0) reads.push({ site: code, file, table, raw });
    }
  }
  return { reads, issues };
}

interface FileTables {
  read(index: number, table: TableSpec): { raw: RawTable; problems: ReadProblem[] };
  /** The columns a table may map, when the header does not say (REDCap: the dictionary). */
  columns?: (table: TableSpec) => Set<string>;
}

function readFile(
  site: LoadedSite,
  file: FileSpec,
  bytes: Uint8Array,
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
  const dictionaryBytes = site.folder.files.get(file.dictionary ?? "");
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

function readWorkbook(file: FileSpec, bytes: Uint8Array, limits: InputLimits) {
  const sheets = file.tables.map((t) => t.sheet ?? "");
  try {
    const workbook = openWorkbook(bytes, sheets, bytesOf(limits.workbookPartMiB));
    return {
      read: (_: number, t: TableSpec) => rename(readSheet(workbook, t.sheet ?? "", t.headerRow)),
    };
  } catch (error) {
    if (error instanceof ZipLimitError) {
      return {
        problem: {
          row: "",
          rule: "part-too-large",
          expected: `a workbook whose parts inflate to at most ${limits.workbookPartMiB} MiB ` +
            `each (the plan's inputLimits.workbookPartMiB), but ${error.message}`,
          fix: "check that this is the workbook the site meant to send (a few kilobytes of " +
            "cells do not inflate to megabytes); if it is, raise inputLimits.workbookPartMiB",
        },
      };
    }
    return {
      problem: {
        row: "",
        expected: `an .xlsx workbook, but ${(error as Error).message}`,
        fix: "export the workbook again from Excel",
      },
    };
  }
}

/** An encoding problem, located at its row and column when the file is delimited. */
function encodingProblem(decoded: EncodingProblem, file: FileSpec): ReadProblem {
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
