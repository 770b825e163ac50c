/**
 * The data-quality report (`outputs/data-quality.md`) and its machine-readable twin
 * (`outputs/data-quality.json`), rendered from a {@linkcode Quality} record. The report is first a
 * list of parts (headings, sentences, tables) so that the Markdown file and the HTML report show
 * the same words and counts. Pure: the report stage writes the files.
 *
 * @module
 */

import { EXCLUSION_REASONS, MERGE_REASONS } from "../_shared/contracts/cdm_schema.ts";
import type { Quality } from "../_shared/contracts/quality.ts";
import type { ReconciliationRow } from "../_shared/contracts/quality.ts";

/** A table of the data-quality report; `align` is "l" or "r" per column (left by default). */
export interface QualityTable {
  header: string[];
  rows: (string | number)[][];
  align: ("l" | "r")[];
}

/** One part of the data-quality report. Text may hold `code` spans in backticks. */
export type QualityPart =
  | { kind: "heading"; level: 1 | 2; text: string }
  | { kind: "text"; text: string }
  | { kind: "table"; table: QualityTable };

/**
 * The report as Markdown and as JSON (the record itself, two-space indented).
 *
 * @example
 * ```ts ignore
 * const { markdown, json } = renderDataQuality(quality);
 * ```
 */
export function renderDataQuality(quality: Quality): { markdown: string; json: string } {
  const markdown = dataQualityParts(quality).map(partMarkdown).join("\n\n") + "\n";
  return { markdown, json: JSON.stringify(quality, null, 2) + "\n" };
}

/** The report's parts, in reading order. */
export function dataQualityParts(quality: Quality): QualityPart[] {
  const { cohort, reconciliation: rec } = quality;
  const heading = (text: string): QualityPart => ({ kind: "heading", level: 2, text });
  const text = (text: string): QualityPart => ({ kind: "text", text });
  const table = (t: QualityTable): QualityPart => ({ kind: "table", table: t });
  return [
    { kind: "heading", level: 1, text: "Data quality" },
    text(
      "Every data row of every raw export, accounted for: rows read = rows included + rows " +
        "excluded (by reason) + rows merged into another (by reason). Made by the pipeline from " +
        "the raw site exports; names, hospital numbers and birth dates never reach this report.",
    ),
    heading("Patients from screening to inclusion"),
    table({
      header: ["step", "patients"],
      rows: [
        [`patient rows read (${cohort.sites.length} sites)`, cohort.patientRowsRead],
        ...MERGE_REASONS.map((r) => [`merged: ${r}`, cohort.merged[r]]),
        ["distinct patients screened", cohort.patients],
        ...Object.entries(cohort.excluded).map(([r, n]) => [`excluded: ${r}`, n]),
        ["included", cohort.included],
      ],
      align: ["l", "r"],
    }),
    heading("Reconciliation by site, file and table"),
    text(
      `The counts ${rec.balanced ? "balance" : "DO NOT balance"} for every file and overall. ` +
        "Excluded `not_advanced_setting`: a line (or its assessments) not for advanced disease.",
    ),
    table(reconciliationTable(rec.files, ["site", "file", "table"])),
    heading("Reconciliation by site"),
    table(reconciliationTable([...rec.sites, { ...rec.total, site: "all sites" }], ["site"])),
    heading("Excluded patient records"),
    quality.exclusions.length === 0 ? text("None.") : table({
      header: ["site", "case", "reason", "detail"],
      rows: quality.exclusions.map((e) => [e.site, e.case_id, e.reason, e.detail]),
      align: [],
    }),
    heading(`Warnings (${quality.warnings.length})`),
    text("Oddities that do not make the data unusable; each names where to look."),
    quality.warnings.length === 0 ? text("None.") : table({
      header: ["site", "file", "row", "column", "value", "rule", "message"],
      rows: quality.warnings.map((
        w,
      ) => [w.site, w.file, w.row, w.column, w.value ?? "", w.rule, w.message]),
      align: [],
    }),
  ];
}

function reconciliationTable(
  rows: ReconciliationRow[],
  keys: ("site" | "file" | "table")[],
): QualityTable {
  return {
    header: [
      ...keys,
      "read",
      "included",
      ...EXCLUSION_REASONS.map((r) => `excluded: ${r}`),
      ...MERGE_REASONS.map((r) => `merged: ${r}`),
      "balances",
    ],
    rows: rows.map((row) => [
      ...keys.map((k) => row[k]),
      row.rowsRead,
      row.included,
      ...EXCLUSION_REASONS.map((r) => row.excluded[r]),
      ...MERGE_REASONS.map((r) => row.merged[r]),
      row.balanced ? "yes" : "NO",
    ]),
    align: [
      ...keys.map(() => "l" as const),
      ...Array(2 + EXCLUSION_REASONS.length + MERGE_REASONS.length).fill("r" as const),
      "l",
    ],
  };
}

function partMarkdown(part: QualityPart): string {
  switch (part.kind) {
    case "heading":
      return `${"#".repeat(part.level)} ${part.text}`;
    case "text":
      return part.text;
    case "table":
      return tableMarkdown(part.table);
  }
}

/** A Markdown table. */
function tableMarkdown({ header, rows, align }: QualityTable): string {
  const cell = (value: string | number) =>
    String(value).replaceAll("|", "\\|").replace(/\r?\n/g, " ");
  const rule = header.map((_, i) => align[i] === "r" ? "---:" : "---");
  return [header, rule, ...rows.map((row) => row.map(cell))]
    .map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}
