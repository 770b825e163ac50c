/**
 * `data/raw/README.md`: the human-readable annex of the data-transfer agreement, written from the
 * same layouts as the exports and their `site.json`, so it cannot drift from them. It says plainly
 * that every record is synthetic, describes each site's files, columns and codes, and lists the
 * screening records a pipeline must exclude and the documented response disagreement.
 *
 * @module
 */

import { DATA_CUTOFF, STUDY_WINDOW } from "../config.ts";
import type { FileLayout, Layout, TableLayout } from "./layout.ts";
import { layoutNamed } from "./layouts/mod.ts";
import type { SiteFacts } from "./site_facts.ts";

const REASONS: Record<string, string> = {
  not_molecularly_confirmed: "no molecular confirmation of an EWSR1 rearrangement",
  no_systemic_therapy_for_advanced_disease:
    "localised disease only: an adjuvant line, no line for advanced disease",
  treated_outside_study_window: "first line for advanced disease outside June 1985 to May 2021",
  duplicate_row: "the patients row appears twice, identical in every column: count it once",
  referral_merged:
    "the same patient as another site's case (same birth date, sex and diagnosis date): count once",
};

/** What the annex is written from: the cohort's seed and kind, and each site's facts in order. */
export interface AnnexInput {
  seed: number;
  calibrated: boolean;
  sites: readonly SiteFacts[];
}

/**
 * The annex text of a cohort, from the facts of each site (`site_facts.ts`), so that sites can be
 * written one at a time, or in parallel, without holding the cohort.
 */
export function annex(cohort: AnnexInput): string {
  const out: string[] = [
    "# Raw site exports: annex to the data-transfer agreement",
    "",
    "**Every record in this folder is synthetic.** No record describes a real person: names are",
    'invented (each family name starts with a word meaning "test person"), hospital numbers and',
    "dates are random, and the institutions are fictitious. The exports were written by the seeded",
    `generator in \`data/synthetic/\` (${
      cohort.calibrated ? "the calibrated cohort" : "an uncalibrated cohort"
    }, seed ${cohort.seed}); \`deno task synth\``,
    "rewrites them byte for byte. Do not edit them by hand.",
    "",
    `Data cut-off: ${DATA_CUTOFF}. Study window for the first line for advanced disease: ${STUDY_WINDOW.first} to ${STUDY_WINDOW.last}.`,
    "Each site folder holds the site's files and `site.json`, the machine-readable form of this annex",
    "(format in `data/site-spec.md`; source fields and common values in `data/codebook.md`).",
    "",
    "| site | institution | layout | response detail | files |",
    "| --- | --- | --- | --- | --- |",
    ...cohort.sites.map(({ site, layout }) => {
      const l = layoutNamed(layout);
      const files = l.files.flatMap((f) => f.dictionary ? [f.path, f.dictionary] : [f.path]);
      return `| ${site} | ${l.institution} | \`${l.name}\` | ${DETAIL[l.level]} | ${
        files.map((f) => `\`${f}\``).join(", ")
      } |`;
    }),
    "",
  ];
  for (const { site, layout, tableRows } of cohort.sites) {
    out.push(...siteSection(site, layoutNamed(layout), tableRows));
  }
  out.push(...screening(cohort), ...disagreements(cohort));
  return out.join("\n") + "\n";
}

const DETAIL = {
  measurements: "(a) measurements per assessment",
  timepoints: "(b) time-point responses",
  best: "(c) best response per line",
} as const;

function siteSection(site: string, layout: Layout, tableRows: readonly number[]): string[] {
  const lines = [
    `## ${site}: ${layout.institution}`,
    "",
    `Layout \`${layout.name}\`: ${layout.description}.`,
    "",
  ];
  const tables = layout.files.flatMap((file) => file.tables);
  if (tables.length !== tableRows.length) {
    throw new RangeError(
      `Expected ${tables.length} row counts for site ${site} but found ${tableRows.length}`,
    );
  }
  let t = 0;
  for (const file of layout.files) {
    lines.push(`### \`${file.path}\``, "", fileFacts(file), "");
    for (const table of file.tables) lines.push(...tableSection(table, tableRows[t++]!), "");
  }
  return lines;
}

function fileFacts(file: FileLayout): string {
  const facts = [`format ${file.format}`];
  if (file.format !== "xlsx") {
    facts.push(`encoding ${file.encoding ?? "utf-8"}${file.bom ? " with byte-order mark" : ""}`);
  }
  if (file.delimiter) {
    facts.push(`delimiter ${file.delimiter === "\t" ? "tab" : `\`${file.delimiter}\``}`);
  }
  if (file.dictionary) facts.push(`data dictionary \`${file.dictionary}\``);
  facts.push(`dates ${file.dateFormat}`, `decimal mark \`${file.decimalMark}\``);
  facts.push(`missing: ${file.missing.map((m) => m === "" ? "empty" : `\`${m}\``).join(", ")}`);
  return facts.join("; ") + ".";
}

function tableSection(table: TableLayout, rows: number): string[] {
  const where = table.sheet
    ? ` (sheet \`${table.sheet}\`)`
    : table.where
    ? ` (records with ${
      Object.entries(table.where).map(([k, v]) => `\`${k}\` = "${v}"`).join(", ")
    })`
    : "";
  const header = table.title?.length ? `, column names on row ${table.title.length + 1}` : "";
  const lines = [
    `Table \`${table.table}\`${where}${header}, ${rows} data rows:`,
    "",
    "| column | source field | codes (site value = common value) |",
    "| --- | --- | --- |",
  ];
  for (const column of table.columns) {
    const codes = column.field ? table.codes?.[column.field] : undefined;
    const codeText = codes
      ? Object.entries(codes).map(([common, value]) => `\`${value}\` = ${common}`).join(", ")
      : "";
    lines.push(`| ${column.header} | ${column.field ?? "(not mapped)"} | ${codeText} |`);
  }
  return lines;
}

function screening(cohort: AnnexInput): string[] {
  const rows = cohort.sites.flatMap(({ site, screening }) =>
    screening.map((entry) => ({ site, ...entry }))
  );
  return [
    "## Screening records that must not become included patients",
    "",
    "| site | case | reason | what the analysis should do |",
    "| --- | --- | --- | --- |",
    ...rows.map(({ site, caseId, reason, patientKey }) => {
      const other = reason === "referral_merged"
        ? ` (${
          cohort.sites.flatMap((facts) =>
            facts.shared.filter((s) =>
              s.patientKey === patientKey && !(facts.site === site && s.caseId === caseId)
            ).map((s) => `${facts.site} case ${s.caseId}`)
          ).join(", ")
        })`
        : "";
      return `| ${site} | ${caseId} | ${reason} | ${REASONS[reason]}${other} |`;
    }),
    "",
  ];
}

function disagreements(cohort: AnnexInput): string[] {
  const rows = cohort.sites.flatMap(({ site, disagreements }) =>
    disagreements.map((d) => `| ${site} | ${d.caseId} | ${d.line} | ${d.derived} | ${d.reported} |`)
  );
  if (rows.length === 0) return [];
  return [
    "## Reported best response that disagrees with the measurements",
    "",
    "At sites that give both measurements and a best response, the two agree except here. The",
    "measurements show a 24% shrinkage at best (stable disease under RECIST 1.1, which needs 30%); the",
    "site reported a partial response. The analysis should derive the response from the measurements",
    "and flag the disagreement.",
    "",
    "| site | case | line | from measurements | reported |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
    "",
  ];
}
