/**
 * The I/O shell of the ingest stage: reads the raw folder and the regimen vocabulary, runs the pure
 * core, and writes ingest's tables only when the core found no issue (so a broken export leaves
 * every earlier artefact as it was).
 *
 * @module
 */

import type { RunPaths } from "../_shared/run_paths.ts";
import { PipelineError, type StageResult } from "../_shared/stage.ts";
import { writeTable } from "../_shared/table_io.ts";
import { ingestRaw } from "./ingest_raw.ts";
import { INGEST_COLUMNS, type IngestTableName } from "../_shared/contracts/ingest_tables.ts";
import { issuesError } from "./validation/issues.ts";
import { readRawFolder } from "./readers/raw_folder.ts";
import { parseRegimenVocabulary, REGIMENS_FILE } from "./vocabulary/regimen_vocabulary.ts";
import { rowsTable } from "../_shared/rows_table.ts";

/** Runs ingest for the run's folders. */
export async function runIngest(paths: RunPaths): Promise<StageResult> {
  let vocabulary;
  try {
    vocabulary = parseRegimenVocabulary(await Deno.readTextFile(REGIMENS_FILE));
  } catch (error) {
    throw new PipelineError(`the regimen vocabulary cannot be used: ${(error as Error).message}`);
  }
  const result = ingestRaw(await readRawFolder(paths.raw), vocabulary);
  if (!result.ok) throw issuesError(result.issues);
  let rowsWritten = 0;
  for (const [name, rows] of Object.entries(result.tables)) {
    const columns = INGEST_COLUMNS[name as IngestTableName];
    await writeTable(`${paths.interim}/ingest/${name}.arrow`, rowsTable(rows, columns));
    if (name === "patients" || name === "lines" || name === "assessments") {
      rowsWritten += rows.length;
    }
  }
  return { rowsRead: result.rowsRead, rowsWritten };
}
