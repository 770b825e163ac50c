/**
 * Tables 1 to 3 of the results, as one structure rendered both as Markdown and as CSV.
 *
 * @module
 */

import { label } from "../_shared/contracts/labels.ts";
import { toCsv } from "../_shared/csv.ts";
import type { RegimenLabels } from "../_shared/regimen_classes.ts";
import { CATEGORIES, type Statistics } from "./compute.ts";
import type { Share } from "../lib/descriptive.ts";
import type { KmSummary } from "./km_summary.ts";
import type { ResponseSummary } from "./response_summary.ts";
import { decimals, range, timeInterval } from "../lib/numbers/format.ts";

/** A table: a title, a header, rows of text cells and footnotes. */
export interface Table {
  name: string;
  title: string;
  header: string[];
  rows: string[][];
  notes: string[];
}

const share = (s: Share | undefined) => s ? `${s.n} (${s.pct}%)` : "0 (0%)";

/** Table 1: baseline characteristics. */
export function baselineTable(stats: Statistics): Table {
  const rows: string[][] = [["Patients, n", String(stats.cohort.included)]];
  const age = stats.age_at_diagnosis;
  rows.push([
    "Age at diagnosis, years, median (range)",
    `${decimals(age.median, 0)} (${age.min}–${age.max})`,
  ]);
  const section = (
    title: string,
    shares: Record<string, Share>,
    list: Parameters<typeof label>[0],
  ) => {
    rows.push([title, ""]);
    for (const [code, s] of Object.entries(shares)) rows.push([`  ${label(list, code)}`, share(s)]);
  };
  section("Sex, n (%)", stats.sex, "sex");
  section("Primary site, n (%)", stats.primary_site, "primarySite");
  section("Stage at diagnosis, n (%)", stats.stage_at_diagnosis, "stage");
  section("Fusion, n (%)", stats.fusion, "fusion");
  rows.push([
    "Lines of systemic therapy for advanced disease, median (range)",
    `${decimals(stats.lines.median, 0)} (${stats.lines.min}–${stats.lines.max})`,
  ]);
  for (const [lines, s] of Object.entries(stats.lines.distribution)) {
    rows.push([`  ${lines} line${lines === "1" ? "" : "s"}`, share(s)]);
  }
  return {
    name: "table1-baseline",
    title: "Table 1. Baseline characteristics of the patients",
    header: ["Characteristic", `All patients (n = ${stats.cohort.included})`],
    rows,
    notes: [
      "Percentages are of all included patients, rounded half up to integers.",
      "Age: median and range of completed years at diagnosis (R type 7 quantiles).",
    ],
  };
}

function responseRow(name: string, r: ResponseSummary, pfs: KmSummary | undefined): string[] {
  const orr = r.orr;
  const dcr = r.dcr;
  return [
    name,
    `${r.lines} (${r.patients})`,
    String(r.CR),
    String(r.PR),
    String(r.SD),
    String(r.PD),
    String(r.NE),
    `${orr.pct}% (${range(orr.ci_exact[0] * 100, orr.ci_exact[1] * 100, 0)})`,
    `${dcr.pct}% (${range(dcr.ci_exact[0] * 100, dcr.ci_exact[1] * 100, 0)})`,
    pfs ? `${decimals(pfs.median, 1)} (${timeInterval(pfs.ci.spss, 1)})` : "NE",
  ];
}

const RESPONSE_HEADER = [
  "Lines (patients)",
  "CR",
  "PR",
  "SD",
  "PD",
  "NE",
  "ORR (95% CI)",
  "DCR (95% CI)",
  "Median PFS, months (95% CI)",
];

const RESPONSE_NOTES = [
  "Best overall response by RECIST 1.1 per line of therapy. ORR: objective response rate (CR or PR); DCR: disease control rate (CR, PR or SD); both with exact Clopper–Pearson 95% CIs.",
  "Median PFS by Kaplan–Meier with the SPSS-style symmetric 95% CI (median ± 1.96 SE); a negative lower limit is shown as 0; NE: not estimable.",
];

/** Table 2: response and PFS by regimen. */
export function regimenTable(stats: Statistics, labels: RegimenLabels): Table {
  const rows = Object.entries(stats.response.by_regimen).map(([regimen, r]) =>
    responseRow(labels.regimen[regimen] ?? regimen, r, stats.pfs[regimen])
  );
  rows.push(responseRow("All lines", stats.response.all_lines, stats.pfs_all_lines));
  return {
    name: "table2-response-by-regimen",
    title: "Table 2. Best response and progression-free survival by regimen",
    header: ["Regimen", ...RESPONSE_HEADER],
    rows,
    notes: RESPONSE_NOTES,
  };
}

/** Table 3: response and PFS by line of therapy. */
export function lineTable(stats: Statistics): Table {
  const rows = CATEGORIES.lineGroups.flatMap((group) => {
    const r = stats.response.by_line[group];
    return r ? [responseRow(label("lineGroup", group), r, stats.pfs_by_line[group])] : [];
  });
  return {
    name: "table3-response-by-line",
    title: "Table 3. Best response and progression-free survival by line of therapy",
    header: ["Line", ...RESPONSE_HEADER],
    rows,
    notes: RESPONSE_NOTES,
  };
}

/** Markdown text of a table, with its title and notes. */
export function tableMarkdown(table: Table): string {
  const escape = (cell: string) => cell.replaceAll("|", "\\|").replace(/^ {2}/, "&emsp;");
  const lines = [
    `**${table.title}**`,
    "",
    `| ${table.header.join(" | ")} |`,
    `| ${table.header.map((_, i) => i === 0 ? "---" : "---:").join(" | ")} |`,
    ...table.rows.map((row) => `| ${row.map(escape).join(" | ")} |`),
    "",
    ...table.notes.map((n) => `*${n}*`),
  ];
  return lines.join("\n") + "\n";
}

/** CSV text of a table (the header row, then the rows; notes are not data). */
export function tableCsv(table: Table): string {
  return toCsv(table.header, table.rows.map((row) => row.map((cell) => cell.trim())));
}
