/**
 * Every table of one workbook file, each sheet read once as it inflates and its rows handed to
 * the tables that read it (a sheet may hold several, with different header rows). Sheets are read
 * in the workbook's order, the shared strings first, so that a workbook with several faults is
 * refused for the same one as when its parts were parsed whole in that order: the directory, then
 * each sheet asked for (its part, its size, its XML), then the shared strings, then the date
 * system. The rows a refused workbook gave are void; the caller drops them.
 *
 * A table's header is its sheet's row `headerRow`; rows above it are skipped, as are rows without
 * a value. A sheet the workbook lacks, or a header row it lacks, fails that table only.
 *
 * @module
 */

import type { Cell, ReadProblem } from "./raw_table.ts";
import { readSheetRows } from "./sheet_rows.ts";
import { sharedStrings, workbookDirectory } from "./xlsx_package.ts";
import { ZipLimitError } from "./zip_archive.ts";
import { bytesOf, type InputLimits } from "./input_limits.ts";
import type { FileSpec, TableSpec } from "../site_specs/types.ts";
import { fingerprint } from "../values/fingerprint.ts";

/** What takes the rows of one table: its header (column letter -> name), then its data rows. */
export interface SheetTableSink {
  header(names: ReadonlyMap<string, string>, dateSystem: 1900 | 1904): void;
  row(number: number, cells: ReadonlyMap<string, Cell>, fingerprint: number): void;
  /** Every row handed on so far is void: the sheet is read again (its rows were out of order). */
  restart(): void;
}

/** How one table of a workbook was read: its problems (a failed table has a problem). */
export interface SheetTableOutcome {
  problems: ReadProblem[];
}

/**
 * Reads the tables of the workbook `file` from `bytes` into the sinks `sinkFor` gives (one per
 * table, by index); a workbook that cannot be read gives one problem for the whole file.
 */
export function readWorkbookTables(
  file: FileSpec,
  bytes: Uint8Array,
  limits: InputLimits,
  sinkFor: (index: number, table: TableSpec) => SheetTableSink,
): { tables: SheetTableOutcome[] } | { problem: ReadProblem } {
  const states = file.tables.map((table, i) => sheetTable(table, sinkFor(i, table)));
  let sheetNames: string[];
  try {
    const directory = workbookDirectory(bytes, bytesOf(limits.workbookPartMiB));
    sheetNames = directory.sheetParts.map((s) => s.name);
    const asked = file.tables.map((t) => t.sheet ?? "");
    let shared: string[] = [];
    let sharedFault: unknown;
    if (directory.sheetParts.some((s) => asked.includes(s.name))) {
      try {
        shared = sharedStrings(directory);
      } catch (error) {
        sharedFault = error;
      }
    }
    const dateSystem = directory.dateSystem instanceof Error ? 1900 : directory.dateSystem;
    const done = new Set<string>();
    for (const { name, part } of directory.sheetParts) {
      if (!asked.includes(name) || done.has(name)) continue;
      done.add(name);
      if (part === undefined) throw new Error(`sheet ${name} has no part`);
      const readers = states.filter((state) => state.sheet === name);
      for (const reader of readers) reader.start(dateSystem);
      readSheetRows(
        directory,
        part,
        shared,
        (number, cells) => {
          for (const reader of readers) reader.row(number, cells);
        },
        () => {
          for (const reader of readers) reader.start(dateSystem);
        },
      );
    }
    if (sharedFault !== undefined) throw sharedFault;
    if (directory.dateSystem instanceof Error) throw directory.dateSystem;
  } catch (error) {
    return { problem: workbookProblem(error as Error, limits) };
  }
  return {
    tables: states.map((state) => ({ problems: state.problems(sheetNames) })),
  };
}

/** One table of a sheet: finds its header row, then hands on its data rows to `sink`. */
export function sheetTable(table: Pick<TableSpec, "sheet" | "headerRow">, sink: SheetTableSink) {
  const sheet = table.sheet ?? "";
  const headerRow = table.headerRow;
  let started = false;
  let header: Map<string, string> | undefined;
  let noHeader = false;
  let system: 1900 | 1904 = 1900;
  return {
    sheet,
    start(dateSystem: 1900 | 1904) {
      if (started) sink.restart();
      started = true;
      header = undefined;
      noHeader = false;
      system = dateSystem;
    },
    row(number: number, cells: ReadonlyMap<string, Cell>): void {
      if (noHeader) return;
      if (header === undefined) {
        if (number < headerRow) return;
        if (number > headerRow) {
          noHeader = true;
          return;
        }
        header = new Map();
        for (const [letter, value] of cells) header.set(letter, String(value).trim());
        sink.header(header, system);
        return;
      }
      if (number <= headerRow) return;
      let empty = true;
      for (const value of cells.values()) {
        if (value !== "") {
          empty = false;
          break;
        }
      }
      if (empty) return;
      const print = fingerprint();
      for (const letter of header.keys()) {
        const value = cells.get(letter);
        if (value === undefined) continue;
        print.add(letter);
        print.tag(typeof value === "number" ? 1 : 0);
        print.add(String(value));
      }
      sink.row(number, cells, print.value());
    },
    problems(sheetNames: readonly string[]): ReadProblem[] {
      if (!started) {
        const names = sheetNames.map((n) => JSON.stringify(n)).join(", ");
        return [
          failed(sheet, `a sheet named "${sheet}" (the workbook has ${names})`, "missing-sheet"),
        ];
      }
      if (header === undefined) {
        return [
          failed(sheet, `column names on row ${headerRow}, but the row is empty`, "missing-header"),
        ];
      }
      return [];
    },
  };
}

function failed(sheet: string, expected: string, rule: string): ReadProblem {
  return {
    row: `${sheet}!`,
    rule,
    expected,
    fix: "set sheet and headerRow in site.json to the workbook's sheet and header row",
  };
}

function workbookProblem(error: Error, limits: InputLimits): ReadProblem {
  if (error instanceof ZipLimitError) {
    return {
      row: "",
      rule: "part-too-large",
      expected: `a workbook whose parts inflate to at most ${limits.workbookPartMiB} MiB ` +
        `each (the plan's inputLimits.workbookPartMiB), but ${error.message}`,
      fix: "check that this is the workbook the site meant to send (a few kilobytes of " +
        "cells do not inflate to megabytes); if it is, raise inputLimits.workbookPartMiB",
    };
  }
  return {
    row: "",
    expected: `an .xlsx workbook, but ${error.message}`,
    fix: "export the workbook again from Excel",
  };
}
