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
  const { stats } = numbers;
  const ref = numbers.ref;
  const rows: Prose[][] = [[["Patients, n"], [ref("cohort.included", "integer")]]];
  rows.push([
    ["Age at diagnosis, years, median (range)"],
    prose`${ref("age_at_diagnosis.median", "decimal0")} (${
      ref("age_at_diagnosis.min", "integer")
    }–${ref("age_at_diagnosis.max", "integer")})`,
  ]);
  const section = (
    title: string,
    id: "sex" | "primary_site" | "stage_at_diagnosis" | "fusion",
    list: keyof typeof LABELS,
  ) => {
    rows.push([[title], []]);
    for (const code of Object.keys(stats[id])) {
      rows.push([[`  ${label(list, code)}`], shareCell(numbers, `${id}.${code}`)]);
    }
  };
  section("Sex, n (%)", "sex", "sex");
  section("Primary site, n (%)", "primary_site", "primarySite");
  section("Stage at diagnosis, n (%)", "stage_at_diagnosis", "stage");
  section("Fusion, n (%)", "fusion", "fusion");
  rows.push([
    ["Lines of systemic therapy for advanced disease, median (range)"],
    prose`${ref("lines.median", "decimal0")} (${ref("lines.min", "integer")}–${
      ref("lines.max", "integer")
    })`,
  ]);
  for (const lines of Object.keys(stats.lines.distribution)) {
    rows.push([
      [`  ${lines} line${lines === "1" ? "" : "s"}`],
      shareCell(numbers, `lines.distribution.${lines}`),
    ]);
  }
  return {
    name: "table1-baseline",
    title: "Table 1. Baseline characteristics of the patients",
    header: [["Characteristic"], prose`All patients (n = ${ref("cohort.included", "integer")})`],
    rows,
    notes: [
      ["Percentages are of all included patients, rounded half up to integers."],
      ["Age: median and range of completed years at diagnosis (R type 7 quantiles)."],
    ],
  };
}
