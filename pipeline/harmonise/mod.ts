/**
 * Stage `harmonise`: ingest's source tables to the common data model.
 *
 * - Reads: `<interim>/ingest/` (ingest's tables), `data/vocabulary/regimen-classes.csv`, and the
 *   analysis plan (`--plan`; only `eligibility.therapyWindow`).
 * - Writes: `<interim>/harmonise/` — `patients`, `lines`, `assessments`, `followup`, `exclusions`
 *   (Arquero tables in JSON, columns and order as in `data/codebook.md` and `cdm_schema.ts`), and
 *   `quality.json` (the reconciliation of every raw row, the exclusions and the warnings; rendered
 *   by `renderDataQuality` in `data_quality.ts`, which the derive stage calls to write
 *   `outputs/data-quality.md` and `.json` once it has added its own warnings).
 * - Decisions: inclusion follows the study's criteria in order (molecular confirmation, a line
 *   for advanced disease, first such line within the therapy window); a referred patient's lines
 *   are pooled over sites, de-duplicated on start date and regimen and renumbered by start date.
 *
 * @module
 */

import { writeJsonAtomic } from "../_shared/atomic_write.ts";
import { readAnalysisPlan } from "../_shared/analysis_plan.ts";
import { PipelineError, runStageProcess } from "../_shared/stage.ts";
import { readTable, writeTable } from "../_shared/table_io.ts";
import { INGEST_COLUMNS, type IngestTableName } from "../_shared/contracts/ingest_tables.ts";
import { rowsTable } from "../_shared/rows_table.ts";
import { CDM_COLUMNS, type CdmTableName } from "../_shared/contracts/cdm_schema.ts";
import { harmonise as harmoniseTables } from "./harmonise_core.ts";
import type { IngestTables } from "./ingest_records.ts";
import { parseRegimenClasses, REGIMEN_CLASSES_FILE } from "../_shared/regimen_classes.ts";
import { harmoniseStage } from "./spec.ts";

if (import.meta.main) {
  await runStageProcess(harmoniseStage, async (paths) => {
    const plan = await readAnalysisPlan(paths.plan);
    let classes;
    try {
      classes = parseRegimenClasses(await Deno.readTextFile(REGIMEN_CLASSES_FILE));
    } catch (error) {
      throw new PipelineError(`the regimen classes cannot be used: ${(error as Error).message}`);
    }
    const tables: Record<string, unknown[]> = {};
    for (const name of Object.keys(INGEST_COLUMNS) as IngestTableName[]) {
      tables[name] = (await readTable(`${paths.interim}/ingest/${name}.arrow`)).objects();
    }
    const ingested = tables as unknown as IngestTables;
    const { cdm, quality } = harmoniseTables(ingested, classes, plan.eligibility.therapyWindow);
    const out = `${paths.interim}/harmonise`;
    for (const name of Object.keys(CDM_COLUMNS) as CdmTableName[]) {
      await writeTable(`${out}/${name}.arrow`, rowsTable(cdm[name], CDM_COLUMNS[name]));
    }
    await writeJsonAtomic(`${out}/quality.json`, quality);
    const rowsRead = ingested.patients.length + ingested.lines.length + ingested.assessments.length;
    const rowsWritten = cdm.patients.length + cdm.lines.length + cdm.assessments.length;
    return { rowsRead, rowsWritten };
  });
}
