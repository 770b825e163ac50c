/**
 * Derive stage: endpoints and the ADaM-style analysis datasets.
 *
 * Inputs: the harmonised tables in `<interim>/harmonise/` and the analysis plan.
 * Outputs: `outputs/analysis/adsl.csv`, `adrs.csv`, `adtte.csv` and their data dictionary
 * `README.md`; `outputs/data-quality.json` (harmonise's reconciliation and warnings, plus every
 * disagreement between derived and reported responses; the report stage renders it).
 * Decisions: RECIST 1.1 precedence (measurements, then reported time-points, then the reported
 * best response), PFS and OS rules and the plan's options are documented in
 * `line_response.ts`, `time_to_event.ts` and `pipeline/_shared/analysis_plan.ts`.
 *
 * @module
 */

import { readAnalysisPlan } from "../_shared/analysis_plan.ts";
import { writeFileAtomic, writeJsonAtomic } from "../_shared/atomic_write.ts";
import type { HarmonisedData } from "../_shared/contracts/cdm.ts";
import { toCsv } from "../_shared/csv.ts";
import { runStageProcess } from "../_shared/stage.ts";
import { readTable } from "../_shared/table_io.ts";
import { renderDataQuality } from "../report/data_quality.ts";
import type { Quality } from "../_shared/contracts/quality.ts";
import { type AdamColumn, tabulate } from "./adam/columns.ts";
import { ADRS_COLUMNS, adrsRows } from "./adam/adrs.ts";
import { ADSL_COLUMNS } from "./adam/adsl.ts";
import { adtteColumns, adtteRows } from "./adam/adtte.ts";
import { renderDictionary } from "./adam/dictionary.ts";
import { discrepancyWarnings } from "./discrepancies.ts";
import { deriveEndpoints } from "./endpoints.ts";
import { deriveStage } from "./spec.ts";

/** The harmonised tables as rows. */
async function readHarmonised(folder: string): Promise<HarmonisedData> {
  const rows = async (name: string) => (await readTable(`${folder}/${name}.json`)).objects();
  return {
    patients: await rows("patients"),
    lines: await rows("lines"),
    assessments: await rows("assessments"),
    followup: await rows("followup"),
  } as unknown as HarmonisedData;
}

// deno-lint-ignore no-explicit-any
function csv(columns: readonly AdamColumn<any>[], rows: readonly unknown[]): string {
  const { header, cells } = tabulate(columns, rows);
  return toCsv(header, cells);
}

if (import.meta.main) {
  await runStageProcess(deriveStage, async (paths) => {
    const plan = await readAnalysisPlan(paths.plan);
    const folder = `${paths.interim}/harmonise`;
    const data = await readHarmonised(folder);
    const quality = JSON.parse(await Deno.readTextFile(`${folder}/quality.json`)) as Quality;

    const patients = deriveEndpoints(data, plan);
    const adrs = adrsRows(patients, plan.recist.confirmation);
    const adtte = adtteRows(patients);
    const adtteCols = adtteColumns(plan);
    const analysis = `${paths.out}/analysis`;
    await writeFileAtomic(`${analysis}/adsl.csv`, csv(ADSL_COLUMNS, patients));
    await writeFileAtomic(`${analysis}/adrs.csv`, csv(ADRS_COLUMNS, adrs));
    await writeFileAtomic(`${analysis}/adtte.csv`, csv(adtteCols, adtte));
    await writeFileAtomic(
      `${analysis}/README.md`,
      renderDictionary([
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
      ]),
    );

    await writeJsonAtomic(`${paths.out}/data-quality.json`, {
      ...quality,
      warnings: [...quality.warnings, ...discrepancyWarnings(patients)],
    });

    const rowsRead = data.patients.length + data.lines.length + data.assessments.length;
    return { rowsRead, rowsWritten: patients.length + adrs.length + adtte.length };
  });
}
