/**
 * Mutations that put an implausible value in the committed exports: a date after the data cut-off or
 * before 1900, an age of 114, a tumour of 131 km, RECIST sums that contradict each other, a
 * baseline that is not measurable, a header-only table. Each was accepted before, changing numbers.
 */

import { lineOf } from "../course.ts";
import { redcapText } from "../raw_editor.ts";
import {
  aliveLine,
  course,
  headerOnly,
  type Mutation,
  need,
  setCell,
  setDate,
} from "../mutation.ts";

export const IMPLAUSIBLE_VALUES: Mutation[] = [
  {
    name: "an alive patient's last contact in 2099",
    covers: "after-data-cutoff",
    async apply({ editor }) {
      const c = await course(editor, "S01");
      const p = need(c.patients.find((p) => p.values.vital_status === "alive"), "alive patient");
      return setDate(
        editor,
        c,
        "patients",
        p.index,
        "last_contact_date",
        "2099-01-01",
        "after-data-cutoff",
      );
    },
  },
  {
    name: "a line starting in 2031",
    covers: "after-data-cutoff",
    async apply({ editor }) {
      const c = await course(editor, "S07");
      return setDate(
        editor,
        c,
        "lines",
        aliveLine(c).index,
        "start_date",
        "2031-03-01",
        "after-data-cutoff",
      );
    },
  },
  {
    name: "a progression date in the future (Latin-1 export)",
    covers: "after-data-cutoff",
    async apply({ editor }) {
      const c = await course(editor, "S02");
      const line = need(c.lines.find((l) => l.values.progression_date !== null), "progression");
      return setDate(
        editor,
        c,
        "lines",
        line.index,
        "progression_date",
        "2025-06-30",
        "after-data-cutoff",
      );
    },
  },
  {
    name: "an assessment the day after the data cut-off",
    covers: "after-data-cutoff",
    async apply({ editor }) {
      const c = await course(editor, "S09");
      return setDate(
        editor,
        c,
        "assessments",
        1,
        "assessment_date",
        "2021-10-01",
        "after-data-cutoff",
      );
    },
  },
  {
    name: "a birth year of 1800",
    covers: "before-1900",
    async apply({ editor }) {
      const c = await course(editor, "S03");
      return setDate(editor, c, "patients", 1, "birth_date", "1800-05-01", "before-1900", true);
    },
  },
  {
    name: "a diagnosis in 1899",
    covers: "before-1900",
    async apply({ editor }) {
      const c = await course(editor, "S10");
      return setDate(editor, c, "patients", 1, "diagnosis_date", "1899-12-31", "before-1900");
    },
  },
  {
    name: "an age of 114 at diagnosis",
    covers: "implausible-age",
    async apply({ editor }) {
      const c = await course(editor, "S08");
      const p = need(
        c.patients.find((p) => String(p.values.diagnosis_date) >= "2014-01-01"),
        "diagnosis since 2014",
      );
      const diagnosis = String(p.values.diagnosis_date);
      const birth = `${Number(diagnosis.slice(0, 4)) - 114}-01-01`;
      return setDate(editor, c, "patients", p.index, "birth_date", birth, "implausible-age", true);
    },
  },
  {
    name: "a tumour of 131 km",
    covers: "implausible-lesion-size",
    apply({ editor }) {
      return setCell(
        editor,
        "S02",
        "assessments",
        1,
        "target_sum_mm",
        "131000000",
        "implausible-lesion-size",
      );
    },
  },
  {
    name: "a largest node of 45 cm",
    covers: "implausible-lesion-size",
    async apply({ editor }) {
      const c = await course(editor, "S01");
      const a = need(c.assessments.find((a) => a.values.target_nodal_max_mm !== null), "node");
      await (await a.cell("target_nodal_sum_mm")).set("450");
      await (await a.cell("target_sum_mm")).set("500");
      return setCell(
        editor,
        "S01",
        "assessments",
        a.index,
        "target_nodal_max_mm",
        "450",
        "implausible-lesion-size",
      );
    },
  },
  {
    name: "a nodal sum above the target sum",
    covers: "nodal-sum-above-target-sum",
    async apply({ editor }) {
      const c = await course(editor, "S01");
      const a = need(c.assessments.find((a) => a.values.target_nodal_max_mm !== null), "node");
      const target = Number(a.values.target_sum_mm);
      return setCell(
        editor,
        "S01",
        "assessments",
        a.index,
        "target_nodal_sum_mm",
        String(target + 5),
        "nodal-sum-above-target-sum",
      );
    },
  },
  {
    name: "a largest node above the nodal sum (decimal comma)",
    covers: "largest-node-above-nodal-sum",
    async apply({ editor }) {
      const c = await course(editor, "S08");
      const a = need(c.assessments.find((a) => a.values.target_nodal_sum_mm !== null), "node");
      const nodal = Number(String(a.values.target_nodal_sum_mm).replace(",", "."));
      return setCell(
        editor,
        "S08",
        "assessments",
        a.index,
        "target_nodal_max_mm",
        String(nodal + 1).replace(".", ","),
        "largest-node-above-nodal-sum",
      );
    },
  },
  {
    name: "a largest node without a nodal sum",
    covers: "largest-node-above-nodal-sum",
    async apply({ editor }) {
      const c = await course(editor, "S01");
      const a = need(c.assessments.find((a) => a.values.target_nodal_max_mm === null), "no node");
      return setCell(
        editor,
        "S01",
        "assessments",
        a.index,
        "target_nodal_max_mm",
        "12",
        "largest-node-above-nodal-sum",
      );
    },
  },
  {
    name: "a baseline target sum of 0",
    covers: "baseline-target-sum",
    async apply({ editor }) {
      const c = await course(editor, "S02");
      const a = need(
        c.assessments.find((a) => {
          const line = lineOf(c, a);
          return a.values.target_sum_mm !== null && line !== undefined &&
            String(a.values.assessment_date) <= String(line.values.start_date);
        }),
        "baseline",
      );
      return setCell(
        editor,
        "S02",
        "assessments",
        a.index,
        "target_sum_mm",
        "0",
        "baseline-target-sum",
      );
    },
  },
  {
    name: "a baseline target sum of 5 mm, below a measurable lesion",
    covers: "baseline-target-sum",
    async apply({ editor }) {
      const c = await course(editor, "S08");
      const a = need(
        c.assessments.find((a) => {
          const line = lineOf(c, a);
          return a.values.target_sum_mm !== null && line !== undefined &&
            String(a.values.assessment_date) <= String(line.values.start_date);
        }),
        "baseline",
      );
      await (await a.cell("target_nodal_max_mm")).set("");
      await (await a.cell("target_nodal_sum_mm")).set("");
      return setCell(
        editor,
        "S08",
        "assessments",
        a.index,
        "target_sum_mm",
        "5",
        "baseline-target-sum",
      );
    },
  },
  {
    name: "a header-only assessments file",
    covers: "empty-table",
    apply: ({ editor }) => headerOnly(editor, "S01", "assessments"),
  },
  {
    name: "a header-only lines file (pipe-delimited, title rows)",
    covers: "empty-table",
    apply: ({ editor }) => headerOnly(editor, "S06", "lines"),
  },
  {
    name: "a REDCap export without assessment records",
    covers: "empty-table",
    async apply({ editor }) {
      const file = "CCS_WSN_export.json";
      const records = JSON.parse(await editor.text("S04", file)) as Record<string, string>[];
      const kept = records.filter((r) => r.redcap_repeat_instrument !== "tumour_assessment");
      await editor.writeText("S04", file, redcapText(kept));
      return { site: "S04", file, row: "", column: "", rule: "empty-table" };
    },
  },
];
