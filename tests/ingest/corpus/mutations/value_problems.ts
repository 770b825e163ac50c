/**
 * Mutations of single values that ingest already refused well: kept so that the corpus covers every
 * rule, and so that its messages keep every location field.
 */

import { course, type Mutation, setCell } from "../mutation.ts";

export const VALUE_PROBLEMS: Mutation[] = [
  {
    name: "an impossible calendar date",
    covers: "unparseable-date",
    apply: ({ editor }) =>
      setCell(editor, "S10", "lines", 1, "start_date", "31/02/2015", "unparseable-date"),
  },
  {
    name: "an unknown code",
    covers: "unknown-code",
    apply: ({ editor }) => setCell(editor, "S06", "patients", 1, "sex", "x", "unknown-code"),
  },
  {
    name: "a number with the wrong decimal mark",
    covers: "invalid-number",
    apply: ({ editor }) =>
      setCell(editor, "S08", "assessments", 1, "target_sum_mm", "45.5", "invalid-number"),
  },
  {
    name: "a negative target sum",
    covers: "invalid-number",
    apply: ({ editor }) =>
      setCell(editor, "S01", "assessments", 1, "target_sum_mm", "-12", "invalid-number"),
  },
  {
    name: "a line number of 0",
    covers: "invalid-integer",
    apply: ({ editor }) => setCell(editor, "S07", "lines", 1, "line", "0", "invalid-integer"),
  },
  {
    name: "a required value missing",
    covers: "missing-required",
    apply: ({ editor }) => setCell(editor, "S10", "patients", 2, "sex", "", "missing-required"),
  },
  {
    name: "a case number a pseudonym cannot carry",
    covers: "invalid-case-id",
    apply: ({ editor }) =>
      setCell(editor, "S09", "assessments", 1, "case_id", "12/3", "invalid-case-id"),
  },
  {
    name: "a line of a case the patients table lacks",
    covers: "unknown-case",
    apply: ({ editor }) => setCell(editor, "S01", "lines", 1, "case_id", "9999", "unknown-case"),
  },
  {
    name: "an unmapped regimen text",
    covers: "unmapped-regimen",
    apply: ({ editor }) =>
      setCell(editor, "S07", "lines", 1, "regimen", "Mystery-mab 5 mg", "unmapped-regimen"),
  },
  {
    name: "two rows with the same key and different content",
    covers: "duplicate-key",
    async apply({ editor }) {
      const c = await course(editor, "S08");
      const [first, second] = c.lines;
      if (!first || !second) throw new Error("S08 needs two lines");
      const caseCell = await second.cell("case_id");
      await caseCell.set(String(first.values.case_id));
      return setCell(
        editor,
        "S08",
        "lines",
        second.index,
        "line",
        String(first.values.line),
        "duplicate-key",
      );
    },
  },
  {
    name: "a row with a stray delimiter",
    covers: "malformed-row",
    async apply({ editor }) {
      const cell = await editor.cell("S07", "lines", 3, "regimen");
      await editor.editText("S07", "ccs_treatments.csv", (t) => {
        const eol = t.includes("\r\n") ? "\r\n" : "\n";
        const lines = t.split(eol);
        const n = Number(cell.row.replace("row ", "")) - 1;
        lines[n] = `${lines[n]},extra`;
        return lines.join(eol);
      });
      return {
        site: "S07",
        file: "ccs_treatments.csv",
        row: cell.row,
        column: "",
        rule: "malformed-row",
      };
    },
  },
];
