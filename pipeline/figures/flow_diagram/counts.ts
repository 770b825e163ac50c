/**
 * The counts of the flow diagram (figure 6), from the data-quality reconciliation and the
 * analysis datasets.
 *
 * The reconciliation accounts for every raw row per site, file and table as included, excluded by
 * reason, or merged into another row by reason (`pipeline/harmonise/reconciliation.ts`). The flow
 * diagram counts patient records: the rows of the `patients` table. The patients analysed per
 * endpoint come from the analysis datasets: overall survival, every patient with an ADTTE OS row;
 * progression-free survival, every patient with a PFS row (and their lines); response, the lines
 * whose best response has a source other than "no response data".
 *
 * `flowCountsFrom` is the one place that knows the shape of `data-quality.json` (the harmonise
 * stage's `Quality` record, `pipeline/_shared/contracts/quality.ts`); it checks that the rows it reads
 * balance, agree with the record's cohort summary, and that the included count equals the ADSL
 * count, and throws otherwise, so that the diagram cannot show numbers the reconciliation does not.
 *
 * @module
 */

import { PipelineError } from "../../_shared/stage.ts";
import { NO_RESPONSE_DATA, type PatientCourse } from "../courses.ts";

/** Everything the flow diagram prints. */
export interface FlowCounts {
  screenedBySite: { site: string; records: number }[];
  screened: number;
  /** Patient records excluded, by reason code (reasons with a count of 0 left out). */
  excluded: { reason: string; records: number }[];
  /** Patient records merged into another record, by reason code (0 left out). */
  merged: { reason: string; records: number }[];
  included: number;
  analysed: {
    os: number;
    pfsPatients: number;
    pfsLines: number;
    responseLines: number;
    responsePatients: number;
    lines: number;
  };
}

interface QualityRow {
  site: string;
  table: string;
  rowsRead: number;
  included: number;
  excluded: Record<string, number>;
  merged: Record<string, number>;
}

/** The flow counts from the parsed `data-quality.json` and the patients' courses. */
export function flowCountsFrom(quality: unknown, courses: readonly PatientCourse[]): FlowCounts {
  const rows = reconciliationFiles(quality).filter((r) => r.table === "patients");
  const sites = [...new Set(rows.map((r) => r.site))].sort();
  const screenedBySite = sites.map((site) => ({
    site,
    records: sum(rows.filter((r) => r.site === site).map((r) => r.rowsRead)),
  }));
  const byReason = (part: "excluded" | "merged") => {
    const reasons = [...new Set(rows.flatMap((r) => Object.keys(r[part])))];
    return reasons.map((reason) => ({
      reason,
      records: sum(rows.map((r) => r[part][reason] ?? 0)),
    }))
      .filter((r) => r.records > 0);
  };
  const counts: FlowCounts = {
    screenedBySite,
    screened: sum(screenedBySite.map((s) => s.records)),
    excluded: byReason("excluded"),
    merged: byReason("merged"),
    included: sum(rows.map((r) => r.included)),
    analysed: analysedCounts(courses),
  };
  const accounted = counts.included + sum(counts.excluded.map((e) => e.records)) +
    sum(counts.merged.map((m) => m.records));
  if (accounted !== counts.screened) {
    throw new PipelineError(
      `data-quality.json: the patients table's reconciliation does not balance: ${counts.screened} ` +
        `records read but ${accounted} included, excluded or merged; rerun \`deno task all\``,
    );
  }
  const cohort = (quality as { cohort?: { patientRowsRead?: unknown; included?: unknown } }).cohort;
  if (
    cohort !== undefined &&
    (cohort.patientRowsRead !== counts.screened || cohort.included !== counts.included)
  ) {
    throw new PipelineError(
      `data-quality.json: the cohort summary (${cohort.patientRowsRead} patient rows read, ` +
        `${cohort.included} included) disagrees with the reconciliation of the patients tables ` +
        `(${counts.screened} read, ${counts.included} included); rerun \`deno task all\``,
    );
  }
  if (counts.included !== courses.length) {
    throw new PipelineError(
      `data-quality.json counts ${counts.included} included patients but adsl.csv has ` +
        `${courses.length}; the two come from different runs: rerun \`deno task all\``,
    );
  }
  return counts;
}

/** Patients and lines analysed per endpoint. */
export function analysedCounts(courses: readonly PatientCourse[]): FlowCounts["analysed"] {
  const lines = courses.flatMap((c) => c.lines);
  const evaluable = courses.map((c) => c.lines.filter((l) => l.best.source !== NO_RESPONSE_DATA));
  return {
    os: courses.length,
    pfsPatients: courses.filter((c) => c.lines.length > 0).length,
    pfsLines: lines.length,
    responseLines: evaluable.reduce((n, l) => n + l.length, 0),
    responsePatients: evaluable.filter((l) => l.length > 0).length,
    lines: lines.length,
  };
}

/** The per-file rows of the reconciliation in `data-quality.json`; throws on another shape. */
function reconciliationFiles(quality: unknown): QualityRow[] {
  const files = (quality as { reconciliation?: { files?: unknown } } | null)?.reconciliation?.files;
  if (!Array.isArray(files)) {
    throw new PipelineError(
      "data-quality.json has no reconciliation.files list; expected the harmonise stage's " +
        "reconciliation (rerun `deno task all --from harmonise`)",
    );
  }
  return files.map((row, i) => {
    const r = row as Partial<QualityRow>;
    const ok = typeof r.site === "string" && typeof r.table === "string" &&
      Number.isInteger(r.rowsRead) && Number.isInteger(r.included) &&
      isCounts(r.excluded) && isCounts(r.merged);
    if (!ok) {
      throw new PipelineError(
        `data-quality.json, reconciliation.files[${i}]: expected site, table, rowsRead, included, ` +
          `excluded and merged counts but found ${JSON.stringify(row)}`,
      );
    }
    return r as QualityRow;
  });
}

function isCounts(value: unknown): value is Record<string, number> {
  return typeof value === "object" && value !== null &&
    Object.values(value).every((n) => Number.isInteger(n) && n >= 0);
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
