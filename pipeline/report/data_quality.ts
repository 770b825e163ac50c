/**
 * The data-quality report (`outputs/data-quality.md`) and its machine-readable twin
 * (`outputs/data-quality.json`), rendered from a {@linkcode Quality} record. Pure: the derive stage
 * calls it after appending its own warnings, and writes both files.
 *
 * @module
 */

import { EXCLUSION_REASONS, MERGE_REASONS } from "../_shared/contracts/cdm_schema.ts";
import type { Quality } from "../_shared/contracts/quality.ts";
import type { ReconciliationRow } from "../_shared/contracts/quality.ts";

/**
 * The report as Markdown and as JSON (the record itself, two-space indented).
 *
 * @example
 * ```ts ignore
 * const { markdown, json } = renderDataQuality(quality);
 * ```
 */
export function renderDataQuality(quality: Quality): { markdown: string; json: string } {
  const { cohort, reconciliation: rec } = quality;
  const lines = [
    "# Data quality",
    "",
    "Every data row of every raw export, accounted for: rows read = rows included + rows excluded " +
    "(by reason) + rows merged into another (by reason). Made by the pipeline from the raw site " +
    "exports; names, hospital numbers and birth dates never reach this report.",
    "",
    "## Patients from screening to inclusion",
    "",
    table(["step", "patients"], [
      [`patient rows read (${cohort.sites.length} sites)`, cohort.patientRowsRead],
      ...MERGE_REASONS.map((r) => [`merged: ${r}`, cohort.merged[r]]),
      ["distinct patients screened", cohort.patients],
      ...Object.entries(cohort.excluded).map(([r, n]) => [`excluded: ${r}`, n]),
      ["included", cohort.included],
    ], ["l", "r"]),
    "",
    "## Reconciliation by site, file and table",
    "",
    `The counts ${rec.balanced ? "balance" : "DO NOT balance"} for every file and overall. ` +
    "Excluded `not_advanced_setting`: a line (or its assessments) not for advanced disease.",
    "",
    reconciliationTable(rec.files, ["site", "file", "table"]),
    "",
    "## Reconciliation by site",
    "",
    reconciliationTable([...rec.sites, { ...rec.total, site: "all sites" }], ["site"]),
    "",
    "## Excluded patient records",
    "",
    quality.exclusions.length === 0 ? "None." : table(
      ["site", "case", "reason", "detail"],
      quality.exclusions.map((e) => [e.site, e.case_id, e.reason, e.detail]),
    ),
    "",
    `## Warnings (${quality.warnings.length})`,
    "",
    "Oddities that do not make the data unusable; each names where to look.",
    "",
    quality.warnings.length === 0 ? "None." : table(
      ["site", "file", "row", "column", "value", "rule", "message"],
      quality.warnings.map((
        w,
      ) => [w.site, w.file, w.row, w.column, w.value ?? "", w.rule, w.message]),
    ),
    "",
  ];
  return { markdown: lines.join("\n"), json: JSON.stringify(quality, null, 2) + "\n" };
}

function reconciliationTable(
  rows: ReconciliationRow[],
  keys: ("site" | "file" | "table")[],
): string {
  return table(
    [
      ...keys,
      "read",
      "included",
      ...EXCLUSION_REASONS.map((r) => `excluded: ${r}`),
      ...MERGE_REASONS.map((r) => `merged: ${r}`),
      "balances",
    ],
    rows.map((row) => [
      ...keys.map((k) => row[k]),
      row.rowsRead,
      row.included,
      ...EXCLUSION_REASONS.map((r) => row.excluded[r]),
      ...MERGE_REASONS.map((r) => row.merged[r]),
      row.balanced ? "yes" : "NO",
    ]),
    [
      ...keys.map(() => "l" as const),
      ...Array(2 + EXCLUSION_REASONS.length + MERGE_REASONS.length).fill("r" as const),
      "l",
    ],
  );
}

/** A Markdown table; `align` is "l" or "r" per column (left by default). */
function table(header: string[], rows: (string | number)[][], align: ("l" | "r")[] = []): string {
  const cell = (value: string | number) =>
    String(value).replaceAll("|", "\\|").replace(/\r?\n/g, " ");
  const rule = header.map((_, i) => align[i] === "r" ? "---:" : "---");
  return [header, rule, ...rows.map((row) => row.map(cell))]
    .map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}
