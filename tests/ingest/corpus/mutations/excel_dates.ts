/**
 * Mutations of Excel serial dates: out of the range Excel can hold (10^12 crashed ingest; 3,000,000
 * became the year 10113), the fictitious 29 February 1900, and the workbook's date system.
 */

import { course, type Mutation, need, setCell, setWorkbookPr } from "../mutation.ts";

export const EXCEL_DATES: Mutation[] = [
  {
    name: "an Excel serial of 3,000,000 (the year 10113)",
    covers: "excel-serial-out-of-range",
    apply: ({ editor }) =>
      setCell(
        editor,
        "S05",
        "patients",
        2,
        "diagnosis_date",
        3_000_000,
        "excel-serial-out-of-range",
      ),
  },
  {
    name: "an Excel serial of 10^12 (an invalid time)",
    covers: "excel-serial-out-of-range",
    apply: ({ editor }) =>
      setCell(editor, "S05", "lines", 1, "start_date", 1e12, "excel-serial-out-of-range"),
  },
  {
    name: "an Excel serial of 0",
    covers: "excel-serial-out-of-range",
    apply: ({ editor }) =>
      setCell(editor, "S05", "assessments", 1, "assessment_date", 0, "excel-serial-out-of-range"),
  },
  {
    name: "an Excel serial of 2,900,000 (the year 9839)",
    covers: "after-data-cutoff",
    apply: ({ editor }) =>
      setCell(editor, "S05", "lines", 2, "end_date", 2_900_000, "after-data-cutoff"),
  },
  {
    name: "Excel's fictitious 29 February 1900 (serial 60)",
    covers: "unparseable-date",
    apply: ({ editor }) =>
      setCell(editor, "S05", "patients", 1, "advanced_date", 60, "unparseable-date"),
  },
  {
    name: "a workbook in the 1904 date system whose serials are 1900's",
    covers: "after-data-cutoff",
    async apply({ editor }) {
      const c = await course(editor, "S05");
      const latest = need(
        c.patients.toSorted((a, b) =>
          String(b.values.last_contact_date).localeCompare(String(a.values.last_contact_date))
        )[0],
        "patient",
      );
      const cell = await latest.cell("last_contact_date");
      await setWorkbookPr(editor, '<workbookPr date1904="1"/>');
      return {
        site: "S05",
        file: cell.file,
        row: cell.row,
        column: cell.column,
        found: cell.text,
        rule: "after-data-cutoff",
      };
    },
  },
  {
    name: "a workbook whose date system is neither 1900 nor 1904",
    covers: "unreadable-file",
    async apply({ editor }) {
      await setWorkbookPr(editor, '<workbookPr date1904="maybe"/>');
      return {
        site: "S05",
        file: "CCS_export_Testdam.xlsx",
        row: "",
        column: "",
        rule: "unreadable-file",
      };
    },
  },
];
