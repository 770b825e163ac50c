/**
 * What a mutation of the hostile-input corpus is (`mutations.ts` lists them), and the helpers
 * mutations share: set a date or a cell in the file's own format and say where ingest must locate
 * it; read a site's course; make a file header-only, a workbook's date system, a sparse file.
 */

import { strToU8, unzipSync, zipSync } from "fflate";
import type { AnalysisPlan } from "../../../pipeline/_shared/analysis_plan.ts";
import type { Found } from "../../../pipeline/ingest/validation/issues.ts";
import { type Course, patientOf, readCourse } from "./course.ts";
import { formatDate, type RawEditor, sheetPart } from "./raw_editor.ts";

/** Where ingest must locate the problem, and the rule it must name. */
export interface Expected {
  site: string;
  file: string;
  row: string;
  column: string;
  /** The value found (absent: the problem is not one value). */
  found?: Found;
  rule: string;
}

/** What a mutation may do besides editing files. */
export interface CaseContext {
  editor: RawEditor;
  /** The copy of the raw folder. */
  raw: string;
  /** Runs the case with the committed plan changed by `edit`. */
  usePlan(edit: (plan: AnalysisPlan) => void): Promise<void>;
  /** Makes a named pipe at `path`. */
  makeFifo(path: string): Promise<void>;
  /** Makes a symbolic link at `path` to `target`. */
  makeSymlink(target: string, path: string): Promise<void>;
}

/** One mutation of the corpus. */
export interface Mutation {
  name: string;
  /** The class of issue #14, or the rule, it stands for. */
  covers: string;
  apply(context: CaseContext): Promise<Expected>;
}

export const WITHHELD = (field: string): Found => ({ withheld: field });
export const GIB = 1024 ** 3;

/** Sets a date cell to `iso` in its file's format; the expectation at that cell. */
export async function setDate(
  editor: RawEditor,
  course: Course,
  table: string,
  index: number,
  field: string,
  iso: string,
  rule: string,
  identifier = false,
): Promise<Expected> {
  const cell = await editor.cell(siteOf(editor, course), table, index, field);
  const value = formatDate(iso, course.dateFormat(table));
  await cell.set(value);
  return {
    site: cell.site,
    file: cell.file,
    row: cell.row,
    column: cell.column,
    found: identifier ? WITHHELD(field) : String(value),
    rule,
  };
}

/** Sets any cell; the expectation at that cell. */
export async function setCell(
  editor: RawEditor,
  site: string,
  table: string,
  index: number,
  field: string,
  value: string | number,
  rule: string,
): Promise<Expected> {
  const cell = await editor.cell(site, table, index, field);
  await cell.set(value);
  return {
    site,
    file: cell.file,
    row: cell.row,
    column: cell.column,
    found: String(value).trim() === "" ? null : String(value).trim(),
    rule,
  };
}

const sites = new WeakMap<Course, string>();
function siteOf(_editor: RawEditor, course: Course): string {
  const site = sites.get(course);
  if (site === undefined) throw new Error("course without site");
  return site;
}

export async function course(editor: RawEditor, site: string): Promise<Course> {
  const read = await readCourse(editor, site);
  sites.set(read, site);
  return read;
}

export function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the committed data have no ${what}`);
  return value;
}

/** The first line of an alive patient. */
export function aliveLine(c: Course) {
  return need(
    c.lines.find((l) => patientOf(c, l).values.vital_status === "alive"),
    "line of an alive patient",
  );
}

/** The first line of a dead patient. */
export function deadLine(c: Course) {
  return need(
    c.lines.find((l) => patientOf(c, l).values.vital_status === "dead"),
    "line of a dead patient",
  );
}

/** A file's header-only copy: its lines up to the header row. */
export async function headerOnly(
  editor: RawEditor,
  site: string,
  table: string,
): Promise<Expected> {
  const { file, table: t } = await editor.tableSpec(site, table);
  await editor.editText(site, file.path, (text) => {
    const eol = text.includes("\r\n") ? "\r\n" : "\n";
    return text.split(eol).slice(0, t.headerRow).join(eol) + eol;
  });
  return { site, file: file.path, row: `row ${t.headerRow}`, column: "", rule: "empty-table" };
}

/** Sets the `workbookPr` element of S05's workbook. */
export async function setWorkbookPr(editor: RawEditor, element: string): Promise<void> {
  const path = editor.path("S05", "CCS_export_Testdam.xlsx");
  const parts = unzipSync(await Deno.readFile(path));
  sheetPart(parts, "Patiënten"); // the workbook is as expected
  const xml = new TextDecoder().decode(parts["xl/workbook.xml"]);
  const edited = xml.replace(/<workbookPr[^>]*\/>/, "").replace(
    /(<workbook[^>]*>)/,
    `$1${element}`,
  );
  parts["xl/workbook.xml"] = strToU8(edited);
  await Deno.writeFile(path, zipSync(parts, { level: 6, mtime: new Date("1980-01-02T00:00:00Z") }));
}

/** A sparse file of `size` bytes: as large as stated, and no room taken. */
export async function sparseFile(path: string, size: number): Promise<void> {
  const file = await Deno.open(path, { write: true, create: true, truncate: true });
  try {
    await file.truncate(size);
  } finally {
    file.close();
  }
}
