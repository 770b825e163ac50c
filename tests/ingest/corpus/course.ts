/**
 * A site's patients, lines and assessments as a person reading the export sees them (dates as ISO,
 * codes as common values), for choosing the row a mutation breaks: an alive patient with a line,
 * a baseline assessment, a dead patient with assessments.
 */

import { addDays } from "../../../pipeline/_shared/dates.ts";
import { parseDate } from "../../../pipeline/ingest/values/parse_date.ts";
import type { Cell, RawEditor, SpecJson } from "./raw_editor.ts";

/** One row of a table: its fields as common values (dates ISO), and a cell getter. */
export interface CourseRow {
  index: number;
  values: Record<string, string | null>;
  cell(field: string): Promise<Cell>;
}

/** A site's tables, read. */
export interface Course {
  patients: CourseRow[];
  lines: CourseRow[];
  assessments: CourseRow[];
  dateFormat(table: string): string;
}

const DATES = [
  "birth_date",
  "diagnosis_date",
  "advanced_date",
  "last_contact_date",
  "death_date",
  "start_date",
  "end_date",
  "progression_date",
  "assessment_date",
];

/** The course of every patient of `site`. */
export async function readCourse(editor: RawEditor, site: string): Promise<Course> {
  const formats: Record<string, string> = {};
  const read = async (table: string): Promise<CourseRow[]> => {
    let specs: { file: SpecJson; table: SpecJson };
    try {
      specs = await editor.tableSpec(site, table);
    } catch {
      return [];
    }
    const { file, table: t } = specs;
    formats[table] = file.dateFormat;
    const rows = await editor.rows(site, file, t);
    return rows.map((row, i) => {
      const values: Record<string, string | null> = {};
      for (const [field, column] of Object.entries(t.columns as Record<string, string>)) {
        const text = row.get(column) ?? "";
        const code = t.codes?.[field]?.[text];
        const date = DATES.includes(field)
          ? parseDate(
            /^\d+(\.\d+)?$/.test(text) && file.dateFormat === "excel-serial" ? Number(text) : text,
            file.dateFormat,
          )
          : undefined;
        values[field] = text === ""
          ? null
          : typeof date === "string" && date !== "out-of-range"
          ? date
          : code ?? text;
      }
      return { index: i + 1, values, cell: (field) => editor.cell(site, table, i + 1, field) };
    });
  };
  const patients = await read("patients");
  const lines = await read("lines");
  const assessments = await read("assessments");
  return { patients, lines, assessments, dateFormat: (table) => formats[table] ?? "YYYY-MM-DD" };
}

/** The patient row of `row`'s case. */
export function patientOf(course: Course, row: CourseRow): CourseRow {
  const found = course.patients.find((p) => p.values.case_id === row.values.case_id);
  if (!found) throw new Error(`no patient ${row.values.case_id}`);
  return found;
}

/** The line row an assessment belongs to. */
export function lineOf(course: Course, row: CourseRow): CourseRow | undefined {
  return course.lines.find((l) =>
    l.values.case_id === row.values.case_id && l.values.line === row.values.line
  );
}

/** `iso` moved by `days`. */
export function shift(iso: string, days: number): string {
  return addDays(iso, days);
}
