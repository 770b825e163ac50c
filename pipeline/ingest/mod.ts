/**
 * Stage `ingest`: the raw site exports to pseudonymised source tables.
 *
 * - Reads: the raw folder (`--raw`, default `data/raw/`: one folder per site with its `site.json`,
 *   format in `data/site-spec.md`; only the regular files a spec claims, within the plan's
 *   `inputLimits`), `data/vocabulary/regimens.csv` and `regimen-classes.csv`, and the analysis
 *   plan (`--plan`), which it validates with the data so that one message lists every problem.
 * - Writes: `<interim>/ingest/` — `patients`, `lines`, `assessments` (one row per source record,
 *   exact duplicates merged, columns in `_shared/contracts/ingest_tables.ts`), `merged_rows`,
 *   `rows_read` and `warnings`, each an Arrow IPC file written column by column
 *   (`cohort/interim_arrow.ts`).
 * - Decisions: every file is read exactly as its spec says (no sniffing); a file no spec claims, a
 *   symbolic link, a pipe or a file over the size limit is refused by name, unread; every unusable
 *   value and every breach of a plausibility rule (`data/codebook.md`) is collected and the run
 *   stops with one message listing them all (up to 50), before anything is written. Ingest is
 *   where all validation happens: a later stage never fails on data that passed here. Names, hospital numbers and
 *   birth dates are read here only: age at diagnosis is computed and referred patients are matched
 *   (birth date, sex, diagnosis date) before they are dropped.
 *
 * @module
 */

import { runStageProcess } from "../_shared/stage.ts";
import { runIngest } from "./run_ingest.ts";
import { ingestStage } from "./spec.ts";

if (import.meta.main) await runStageProcess(ingestStage, runIngest);
