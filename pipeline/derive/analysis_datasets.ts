/**
 * The derive stage's pure core: the harmonised tables and the plan in; the text of every
 * analysis dataset (ADSL, ADRS, ADTTE), their data dictionary, and the data-quality record with
 * the RECIST disagreements added, out. No file access.
 *
 * @module
 */

import type { AnalysisPlan } from "../_shared/analysis_plan.ts";
import type { HarmonisedData } from "../_shared/contracts/cdm.ts";
import type { Quality } from "../_shared/contracts/quality.ts";
import { toCsv } from "../_shared/csv.ts";
import { type AdamColumn, tabulate } from "./adam/columns.ts";
import { ADRS_COLUMNS, adrsRows } from "./adam/adrs.ts";
import { ADSL_COLUMNS } from "./adam/adsl.ts";
import { adtteColumns, adtteRows } from "./adam/adtte.ts";
import { renderDictionary } from "./adam/dictionary.ts";
import { discrepancyWarnings } from "./discrepancies.ts";
import { deriveEndpoints } from "./endpoints.ts";

/** What the derive stage writes. */
export interface DerivedOutputs {
  /** CSV and Markdown text by file name in the `analysis/` folder. */
  analysis: Record<"adsl.csv" | "adrs.csv" | "adtte.csv" | "README.md", string>;
  quality: Quality;
  rowsWritten: number;
}

// deno-lint-ignore no-explicit-any
function csv(columns: readonly AdamColumn<any>[], rows: readonly unknown[]): string {
  const { header, cells } = tabulate(columns, rows);
  return toCsv(header, cells);
}

/** Derives every endpoint and renders the analysis datasets. */
export function deriveAnalysisDatasets(
  data: HarmonisedData,
  quality: Quality,
  plan: AnalysisPlan,
): DerivedOutputs {
  const patients = deriveEndpoints(data, plan);
  const adrs = adrsRows(patients, plan.recist.confirmation);
  const adtte = adtteRows(patients);
  const adtteCols = adtteColumns(plan);
  const dictionary = renderDictionary([
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
        "patient and line. Statistics are computed from AVALDY (whole days); AVAL is in months.",
      columns: adtteCols,
    },
  ]);
  return {
    analysis: {
      "adsl.csv": csv(ADSL_COLUMNS, patients),
      "adrs.csv": csv(ADRS_COLUMNS, adrs),
      "adtte.csv": csv(adtteCols, adtte),
      "README.md": dictionary,
    },
    quality: { ...quality, warnings: [...quality.warnings, ...discrepancyWarnings(patients)] },
    rowsWritten: patients.length + adrs.length + adtte.length,
  };
}
