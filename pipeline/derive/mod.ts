/**
 * Derive stage: endpoints and the ADaM-style analysis datasets.
 *
 * Inputs: the harmonised tables in `<interim>/harmonise/` and the analysis plan.
 * Outputs: `outputs/analysis/adsl.csv`, `adrs.csv`, `adtte.csv` and their data dictionary
 * `README.md`; `outputs/data-quality.json` (harmonise's reconciliation and warnings, plus every
 * disagreement between derived and reported responses; the report stage renders it).
 * Decisions: RECIST 1.1 precedence (measurements, then reported time-points, then the reported
 * best response), PFS and OS rules and the plan's options are documented in
 * `line_response.ts`, `time_to_event.ts` and `pipeline/_shared/analysis_plan.ts`. Patients are
 * derived in batches (`patient_batches.ts`) and their rows appended to the three datasets, so
 * memory does not grow with the cohort; the datasets are renamed into place only when every
 * batch has been derived.
 *
 * @module
 */

import { readAnalysisPlan } from "../_shared/analysis_plan.ts";
import { AtomicFile, writeFileAtomic, writeJsonAtomic } from "../_shared/atomic_write.ts";
import type { DataWarning } from "../_shared/contracts/data_warning.ts";
import type { Quality } from "../_shared/contracts/quality.ts";
import { csvChunks, csvRowChunks } from "../_shared/csv.ts";
import { runStageProcess } from "../_shared/stage.ts";
import { readTable } from "../_shared/table_io.ts";
import { analysisDictionary, type AnalysisFile, deriveBatch } from "./analysis_datasets.ts";
import { type HarmonisedTables, patientBatches } from "./patient_batches.ts";
import { deriveStage } from "./spec.ts";
import { pushAll } from "../_shared/large_arrays.ts";

const FILES: AnalysisFile[] = ["adsl.csv", "adrs.csv", "adtte.csv"];

if (import.meta.main) {
  await runStageProcess(deriveStage, async (paths) => {
    const plan = await readAnalysisPlan(paths.plan);
    const folder = `${paths.interim}/harmonise`;
    const tables = {} as HarmonisedTables;
    for (const name of ["patients", "lines", "assessments", "followup"] as const) {
      tables[name] = await readTable(`${folder}/${name}.arrow`);
    }
    const quality = JSON.parse(await Deno.readTextFile(`${folder}/quality.json`)) as Quality;
    const files = new Map<AnalysisFile, AtomicFile>();
    const warnings: DataWarning[] = [];
    let rowsWritten = 0;
    try {
      for (const file of FILES) {
        files.set(file, await AtomicFile.open(`${paths.out}/analysis/${file}`));
      }
      let first = true;
      for (const data of patientBatches(tables)) {
        const batch = deriveBatch(data, plan);
        for (const file of FILES) {
          const { header, rows } = batch.tables[file];
          const chunks = first ? csvChunks(header, rows()) : csvRowChunks(rows());
          for (const chunk of chunks) await files.get(file)!.write(chunk);
        }
        pushAll(warnings, batch.warnings);
        rowsWritten += batch.rowsWritten;
        first = false;
      }
      for (const file of files.values()) await file.commit();
    } catch (error) {
      for (const file of files.values()) await file.abort();
      throw error;
    }
    await writeFileAtomic(`${paths.out}/analysis/README.md`, analysisDictionary(plan));
    await writeJsonAtomic(`${paths.out}/data-quality.json`, {
      ...quality,
      warnings: [...quality.warnings, ...warnings],
    });
    const rowsRead = tables.patients.numRows() + tables.lines.numRows() +
      tables.assessments.numRows();
    return { rowsRead, rowsWritten };
  });
}
