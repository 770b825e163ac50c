/**
 * Table 1: baseline characteristics of the included patients.
 *
 * @module
 */

import { label, type LABELS } from "../../_shared/contracts/labels.ts";
import { type Prose, prose } from "../../_shared/prose/inline.ts";
import type { NumberSource } from "../../_shared/prose/numbers.ts";
import type { TableBlock } from "../document/blocks.ts";
import { shareCell } from "./cells.ts";

/** Table 1 from the cohort's statistics. */
export function baselineTable(numbers: NumberSource): TableBlock {
  const { stats, ref } = numbers;
  const rows: Prose[][] = [[["Patients, n"], [ref("cohort.included", "integer")]]];
  const distribution = (title: string, id: string, missing: string | null) => {
    rows.push([[title], []]);
    rows.push([
      ["  Median (IQR)"],
      prose`${ref(`${id}.median`, "upTo1")} (${ref(`${id}.q1`, "upTo1")}–${
        ref(`${id}.q3`, "upTo1")
      })`,
    ]);
    rows.push([["  Range"], prose`${ref(`${id}.min`, "integer")}–${ref(`${id}.max`, "integer")}`]);
    if (missing !== null) rows.push([["  Missing, n"], [ref(missing, "integer")]]);
  };
  const section = (
    title: string,
    id: "sex" | "primary_site" | "stage_at_diagnosis" | "fusion",
    list: keyof typeof LABELS,
  ) => {
    rows.push([[title], []]);
    for (const code of Object.keys(stats[id])) {
      rows.push([[`  ${label(list, code)}`], shareCell(numbers, `${id}.${code}`)]);
    }
    rows.push([["  Missing, n"], [ref(`missing.${id}`, "integer")]]);
  };
  distribution("Age at diagnosis, years", "age_at_diagnosis", "missing.age");
  section("Sex, n (%)", "sex", "sex");
  section("Primary site, n (%)", "primary_site", "primarySite");
  section("Stage at diagnosis, n (%)", "stage_at_diagnosis", "stage");
  section("Fusion, n (%)", "fusion", "fusion");
  distribution("Lines of systemic therapy for advanced disease", "lines", null);
  for (const lines of Object.keys(stats.lines.distribution)) {
    rows.push([
      [`  ${lines} line${lines === "1" ? "" : "s"}, n (%)`],
      shareCell(numbers, `lines.distribution.${lines}`),
    ]);
  }
  return {
    name: "table1-baseline",
    title: "Table 1. Baseline characteristics of the patients",
    header: [["Characteristic"], prose`All patients (n = ${ref("cohort.included", "integer")})`],
    rows,
    notes: [
      ["Percentages are of the patients with a value, rounded half up to integers."],
      [
        "Age: completed years at diagnosis. Medians and interquartile ranges (IQR) by the R type 7 quantile definition.",
      ],
    ],
  };
}
