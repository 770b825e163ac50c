/**
 * The derive stage's pure core: the harmonised tables and the plan in; the analysis datasets
 * (ADSL, ADRS, ADTTE) as tables whose rows are produced on demand, their data dictionary, and the
 * data-quality record with the RECIST disagreements added, out. No file access. Rows are made one
 * at a time as they are written, so that the datasets of a registry-sized cohort (several million
 * ADRS rows) are never held whole in memory, as rows or as text.
 *
 * @module
 */

import type { AnalysisPlan } from "../_shared/analysis_plan.ts";
import type { HarmonisedData } from "../_shared/contracts/cdm.ts";
import type { DataWarning } from "../_shared/contracts/data_warning.ts";
import type { Quality } from "../_shared/contracts/quality.ts";
import { type Cell, csvChunks } from "../_shared/csv.ts";
import { type AdamColumn, tabulate } from "./adam/columns.ts";
import { ADRS_COLUMNS, adrsRows } from "./adam/adrs.ts";
import { ADSL_COLUMNS } from "./adam/adsl.ts";
import { adtteColumns, adtteRows } from "./adam/adtte.ts";
import { renderDictionary } from "./adam/dictionary.ts";
import { discrepancyWarnings } from "./discrepancies.ts";
import { deriveEndpoints } from "./endpoints.ts";

/** One analysis dataset: its header and its rows, made on demand (each call starts again). */
export interface AnalysisTable {
  header: string[];
  rows(): Iterable<Cell[]>;
}

/** The analysis datasets' file names. */
export type AnalysisFile = "adsl.csv" | "adrs.csv" | "adtte.csv";

/** What the derive stage writes. */
export interface DerivedOutputs {
  tables: Record<AnalysisFile, AnalysisTable>;
  /** The data dictionary, `analysis/README.md`. */
  dictionary: string;
  quality: Quality;
  rowsWritten: number;
}

// deno-lint-ignore no-explicit-any
function table<Row>(columns: readonly AdamColumn<any>[], rows: () => Iterable<Row>): AnalysisTable {
  return { header: columns.map((c) => c.name), rows: () => tabulate(columns, rows()) };
}

/** The CSV text of a dataset, whole: for tests and small cohorts (the stage writes chunks). */
export function analysisText(dataset: AnalysisTable): string {
  return [...csvChunks(dataset.header, dataset.rows())].join("");
}

/** The data dictionary of the analysis datasets, `analysis/README.md`. */
export function analysisDictionary(plan: AnalysisPlan): string {
  return renderDictionary([
    { file: "adsl.csv", description: "One row per included patient.", columns: ADSL_COLUMNS },
    {
      file: "adrs.csv",
      description: "Tumour response: one row per post-baseline time-point (OVRLRESP) and " +
        "two best-overall-response rows per patient and line (BOR without, CBOR with " +
        "confirmation of CR/PR); ANL01FL = Y marks the analysis plan's headline parameter.",
      columns: ADRS_COLUMNS,
    },
    {
      file: "adtte.csv",
      description: "Time to event: one OS row per patient (LINE empty) and one PFS row per " +
        "patient and line, sorted by USUBJID, PARAMCD and LINE. Statistics are computed from " +
        "AVALDY (whole days); AVAL is in months.",
      columns: adtteColumns(plan),
    },
  ]);
}

/** The analysis datasets' rows of some patients, and what they add to the data-quality record. */
export interface DerivedBatch {
  tables: Record<AnalysisFile, AnalysisTable>;
  /** Every disagreement between a site's reported response and RECIST 1.1. */
  warnings: DataWarning[];
  rowsWritten: number;
}

/**
 * Derives the endpoints of the patients of `data` (every row of each of them, any number of
 * patients): the datasets of a cohort are the batches' rows in USUBJID order, one after another.
 */
export function deriveBatch(data: HarmonisedData, plan: AnalysisPlan): DerivedBatch {
  const patients = deriveEndpoints(data, plan);
  const lines = patients.reduce((n, p) => n + p.lines.length, 0);
  const timepoints = patients.reduce(
    (n, p) => n + p.lines.reduce((m, l) => m + l.response.timepoints.length, 0),
    0,
  );
  return {
    tables: {
      "adsl.csv": table(ADSL_COLUMNS, () => patients),
      "adrs.csv": table(ADRS_COLUMNS, () => adrsRows(patients, plan.recist.confirmation)),
      "adtte.csv": table(adtteColumns(plan), () => adtteRows(patients)),
    },
    warnings: discrepancyWarnings(patients),
    rowsWritten: patients.length + (timepoints + 2 * lines) + (patients.length + lines),
  };
}

/** Derives every endpoint of a cohort held whole and describes the analysis datasets. */
export function deriveAnalysisDatasets(
  data: HarmonisedData,
  quality: Quality,
  plan: AnalysisPlan,
): DerivedOutputs {
  const batch = deriveBatch(data, plan);
  return {
    tables: batch.tables,
    dictionary: analysisDictionary(plan),
    quality: { ...quality, warnings: [...quality.warnings, ...batch.warnings] },
    rowsWritten: batch.rowsWritten,
  };
}
