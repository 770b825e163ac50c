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
import { writeChunksAtomic, writeFileAtomic, writeJsonAtomic } from "../_shared/atomic_write.ts";
import { csvChunks } from "../_shared/csv.ts";
import type { Quality } from "../_shared/contracts/quality.ts";
import { runStageProcess } from "../_shared/stage.ts";
import { deriveAnalysisDatasets } from "./analysis_datasets.ts";
import { readHarmonised } from "./read_harmonised.ts";
import { deriveStage } from "./spec.ts";

if (import.meta.main) {
  await runStageProcess(deriveStage, async (paths) => {
    const plan = await readAnalysisPlan(paths.plan);
    const folder = `${paths.interim}/harmonise`;
    const data = await readHarmonised(folder);
    const quality = JSON.parse(await Deno.readTextFile(`${folder}/quality.json`)) as Quality;
    const derived = deriveAnalysisDatasets(data, quality, plan);
    for (const [file, dataset] of Object.entries(derived.tables)) {
      await writeChunksAtomic(
        `${paths.out}/analysis/${file}`,
        csvChunks(dataset.header, dataset.rows()),
      );
    }
    await writeFileAtomic(`${paths.out}/analysis/README.md`, derived.dictionary);
    await writeJsonAtomic(`${paths.out}/data-quality.json`, derived.quality);
    const rowsRead = data.patients.length + data.lines.length + data.assessments.length;
    return { rowsRead, rowsWritten: derived.rowsWritten };
  });
}
