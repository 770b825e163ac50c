/**
 * Stage `harmonise`: ingest's source tables to the common data model.
 *
 * - Reads: `<interim>/ingest/` (ingest's tables), `data/vocabulary/regimen-classes.csv`, and the
 *   analysis plan (`--plan`; only `eligibility.therapyWindow`).
 * - Writes: `<interim>/harmonise/` — `patients`, `lines`, `assessments`, `followup`, `exclusions`
 *   (Arrow IPC files, columns and order as in `data/codebook.md` and `cdm_schema.ts`), and
 *   `quality.json` (the reconciliation of every raw row, the exclusions and the warnings; rendered
 *   by `renderDataQuality` in `data_quality.ts`, which the derive stage calls to write
 *   `outputs/data-quality.md` and `.json` once it has added its own warnings).
 * - Decisions: inclusion follows the study's criteria in order (molecular confirmation, a line
 *   for advanced disease, first such line within the therapy window); a referred patient's lines
 *   are pooled over sites, de-duplicated on start date and regimen and renumbered by start date.
 *   Persons are harmonised in batches of 25,000 (`person_batches.ts`), read from ingest's columns
 *   as rows a batch at a time, and the output tables gathered as columns: memory follows the
 *   batch and the output's values, not one object per raw row.
 *
 * @module
 */

import { utf8 } from "@uwdata/flechette";
import { writeJsonAtomic } from "../_shared/atomic_write.ts";
import { readAnalysisPlan } from "../_shared/analysis_plan.ts";
import { PipelineError, runStageProcess } from "../_shared/stage.ts";
import { readTable, type Table, TABLE_EXTENSION, writeTable } from "../_shared/table_io.ts";
import type { IngestTableName } from "../_shared/contracts/ingest_tables.ts";
import { rowsTable } from "../_shared/rows_table.ts";
import { CDM_COLUMNS, type CdmTableName } from "../_shared/contracts/cdm_schema.ts";
import { checkRegimenClasses, Harmoniser, type PersonTables } from "./harmonise_core.ts";
import type { IngestTables } from "./ingest_records.ts";
import { groupPersons } from "./persons.ts";
import { type IngestRecordTables, personBatches } from "./person_batches.ts";
import { ColumnSink } from "./cdm_columns.ts";
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
    const folder = `${paths.interim}/ingest`;
    const read = (name: IngestTableName) => readTable(`${folder}/${name}${TABLE_EXTENSION}`);
    // The record tables stay columnar; the small ones are read as rows.
    let records: IngestRecordTables | null = {
      patients: await read("patients"),
      lines: await read("lines"),
      assessments: await read("assessments"),
    };
    const small = {
      merged_rows: (await read("merged_rows")).objects(),
      rows_read: (await read("rows_read")).objects(),
      warnings: (await read("warnings")).objects(),
    } as unknown as Pick<IngestTables, "merged_rows" | "rows_read" | "warnings">;
    checkRegimenClasses(columnValues(records.lines, "regimen"), classes);
    const harmoniser = new Harmoniser(small, classes, plan.eligibility.therapyWindow);
    const sinks: Record<keyof PersonTables, ColumnSink | null> = {
      patients: new ColumnSink(CDM_COLUMNS.patients),
      lines: new ColumnSink(CDM_COLUMNS.lines),
      assessments: new ColumnSink(CDM_COLUMNS.assessments),
      followup: new ColumnSink(CDM_COLUMNS.followup),
    };
    for (const batch of personBatches(records)) {
      const rows = harmoniser.addPersons(groupPersons(batch));
      for (const name of Object.keys(sinks) as (keyof PersonTables)[]) {
        sinks[name]!.append(rows[name]);
      }
    }
    const { exclusions, quality } = harmoniser.finish(small.merged_rows);
    const rowsRead = records.patients.numRows() + records.lines.numRows() +
      records.assessments.numRows();
    const rowsWritten = sinks.patients!.length + sinks.lines!.length + sinks.assessments!.length;
    // A registry's tables are gigabytes: each goes once written, and ingest's before the first.
    records = null;
    const out = `${paths.interim}/harmonise`;
    for (const name of Object.keys(CDM_COLUMNS) as CdmTableName[]) {
      if (name === "exclusions") {
        await writeTable(
          `${out}/${name}${TABLE_EXTENSION}`,
          rowsTable(exclusions, CDM_COLUMNS[name]),
        );
        continue;
      }
      // Provenance is one text per row: as plain text, not a dictionary of millions of entries.
      await writeTable(`${out}/${name}${TABLE_EXTENSION}`, sinks[name]!.table(), {
        sources: utf8(),
      });
      sinks[name] = null;
    }
    await writeJsonAtomic(`${out}/quality.json`, quality);
    return { rowsRead, rowsWritten };
  });
}

/** Every value of `table`'s column `name`, as text. */
function* columnValues(table: Table, name: string): Generator<string> {
  const column = table.column(name)!;
  for (let i = 0; i < table.numRows(); i++) yield String(column.at(i));
}
