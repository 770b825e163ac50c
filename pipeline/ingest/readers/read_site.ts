/**
 * Reads every table of one site's files exactly as its spec says: decoding, then the format's
 * reader, then the checks that the mapped columns exist. Returns one {@linkcode TableRead} per
 * table entry of the spec; everything unreadable becomes an issue located in the file.
 *
 * @module
 */

import { decodeText } from "./decode_text.ts";
import type { Issue } from "../validation/issues.ts";
import type { LoadedSite } from "../site_specs/load.ts";
import type { RawTable, ReadProblem } from "./raw_table.ts";
import { readDelimited } from "./read_delimited.ts";
import { readRedcapTables } from "./read_redcap_tables.ts";
import { readSheet } from "./read_xlsx.ts";
import type { FileSpec, TableSpec } from "../site_specs/types.ts";
import { openWorkbook } from "./xlsx_package.ts";

/** The raw rows of one table entry of a site spec. */
export interface TableRead {
  site: string;
  file: FileSpec;
  table: TableSpec;
  raw: RawTable;
}

/** Every table of `site`, and the issues that kept rows or files from being read. */
export function readSite(site: LoadedSite): { reads: TableRead[]; issues: Issue[] } {
  const reads: TableRead[] = [];
  const issues: Issue[] = [];
  const code = site.spec.site;
  for (const file of site.spec.files) {
    const problem = (p: ReadProblem, rule = "unreadable-file"): Issue => ({
      site: code,
      file: file.path,
      row: p.row,
      column: "",
      rule,
      expected: p.expected,
      fix: p.fix,
    });
    const bytes = site.folder.files.get(file.path) ?? new Uint8Array();
    const tables = readFile(site, file, bytes);
    if ("problem" in tables) {
      issues.push(problem(tables.problem));
      continue;
    }
    for (const [i, table] of file.tables.entries()) {
      const { raw, problems } = tables.read(i, table);
      issues.push(...problems.map((p) => problem(p, "malformed-row")));
      issues.push(...missingColumns(code, file, table, raw, tables.columns?.(table)));
      reads.push({ site: code, file, table, raw });
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
): FileTables | { problem: ReadProblem } {
  if (file.format === "xlsx") {
    try {
      const workbook = openWorkbook(bytes);
      return {
        read: (_, t) => rename(readSheet(workbook, t.sheet ?? "", t.headerRow)),
      };
    } catch (error) {
      return {
        problem: {
          row: "",
          expected: `an .xlsx workbook: ${(error as Error).message}`,
          fix: "export the workbook again from Excel",
        },
      };
    }
  }
  const decoded = decodeText(bytes, file.encoding ?? "utf-8", file.bom ?? false);
  if ("problem" in decoded) {
    return { problem: { row: "", expected: decoded.problem, fix: decoded.fix } };
  }
  if (file.format === "delimited") {
    return {
      read: (_, t) => rename(readDelimited(decoded.text, file.delimiter ?? ",", t.headerRow)),
    };
  }
  const dictionaryBytes = site.folder.files.get(file.dictionary ?? "") ?? new Uint8Array();
  const dictionary = decodeText(dictionaryBytes, file.encoding ?? "utf-8", file.bom ?? false);
  if ("problem" in dictionary) {
    return {
      problem: {
        row: `dictionary ${file.dictionary}`,
        expected: dictionary.problem,
        fix: dictionary.fix,
      },
    };
  }
  return readRedcapTables(decoded.text, dictionary.text, file);
}

function rename(read: { table: RawTable; problems: ReadProblem[] }) {
  return { raw: read.table, problems: read.problems };
}

/** An issue for each mapped column the file lacks, or has twice. */
function missingColumns(
  site: string,
  file: FileSpec,
  table: TableSpec,
  raw: RawTable,
  allowed: Set<string> | undefined,
): Issue[] {
  const issues: Issue[] = [];
  const where = file.format === "xlsx"
    ? `${table.sheet}!${table.headerRow}`
    : file.format === "redcap"
    ? `dictionary ${file.dictionary}`
    : `row ${table.headerRow}`;
  for (const [field, column] of Object.entries(table.columns)) {
    const count = allowed
      ? (allowed.has(column) ? 1 : 0)
      : raw.header.filter((h) => h === column).length;
    if (count === 1) continue;
    issues.push({
      site,
      file: file.path,
      row: where,
      column: `"${column}" (${field})`,
      rule: count === 0 ? "missing-column" : "duplicate-column",
      expected: count === 0
        ? `a column named "${column}" for ${field}, which the ${
          allowed ? "dictionary" : "header"
        } does not have`
        : `one column named "${column}", but the header has ${count}`,
      fix: "correct the column name in site.json's columns, or the export's header",
    });
  }
  return issues;
}
