/**
 * The I/O shell of the ingest stage: reads the analysis plan, the regimen vocabulary and classes
 * and the raw folder (only what the plan's input limits and the site specs allow), runs the pure
 * core, and writes ingest's tables only when the core found no issue (so a broken export, or a
 * broken plan, leaves every earlier artefact as it was).
 *
 * @module
 */

import { readPlanText } from "../_shared/analysis_plan.ts";
import { REGIMEN_CLASSES_FILE } from "../_shared/regimen_classes.ts";
import type { RunPaths } from "../_shared/run_paths.ts";
import { PipelineError, type StageResult } from "../_shared/stage.ts";
import { TABLE_EXTENSION } from "../_shared/table_io.ts";
import { writeFileAtomic } from "../_shared/atomic_write.ts";
import { ingestRaw } from "./ingest_raw.ts";
import { INTERIM_TABLES } from "./cohort/interim_tables.ts";
import { interimArrow } from "./cohort/interim_arrow.ts";
import { type Issue, issuesError } from "./validation/issues.ts";
import { readRawFolder } from "./readers/raw_folder.ts";
import { DEFAULT_INPUT_LIMITS } from "./readers/input_limits.ts";
import { REGIMENS_FILE } from "./vocabulary/regimen_vocabulary.ts";
import { checkClasses, checkPlan, checkVocabulary } from "./validation/reference_issues.ts";
import { pushAll } from "../_shared/large_arrays.ts";

/** Runs ingest for the run's folders. */
export async function runIngest(paths: RunPaths): Promise<StageResult> {
  const issues: Issue[] = [];
  const read = async <T>(file: string, check: (text: string) => { value?: T; issues: Issue[] }) => {
    let text: string;
    try {
      text = file === paths.plan ? await readPlanText(file) : await Deno.readTextFile(file);
    } catch (error) {
      const reason = (error as Error).message;
      issues.push({
        site: "",
        file,
        row: "",
        column: "",
        rule: file === paths.plan ? "invalid-plan" : "invalid-vocabulary",
        expected: `a file the pipeline can read, but ${reason}`,
        fix: "check the path and the file",
      });
      return undefined;
    }
    const checked = check(text);
    pushAll(issues, checked.issues);
    return checked.value;
  };
  const plan = await read(paths.plan, (text) => checkPlan(text, paths.plan));
  const vocabulary = await read(REGIMENS_FILE, checkVocabulary);
  const classes = await read(REGIMEN_CLASSES_FILE, checkClasses);
  let raw;
  try {
    raw = await readRawFolder(paths.raw, plan?.inputLimits ?? DEFAULT_INPUT_LIMITS);
  } catch (error) {
    throw new PipelineError(
      `the raw folder ${paths.raw} cannot be read: ${(error as Error).message}\n` +
        "Give --raw the folder that holds one folder per site (data/site-spec.md).",
    );
  }
  const result = ingestRaw(raw, { plan, vocabulary, classes, issues });
  if (!result.ok) throw issuesError(result.issues);
  let rowsWritten = 0;
  for (const name of INTERIM_TABLES) {
    const table = result.tables[name];
    await writeFileAtomic(`${paths.interim}/ingest/${name}${TABLE_EXTENSION}`, interimArrow(table));
    if (name === "patients" || name === "lines" || name === "assessments") {
      rowsWritten += table.length;
    }
  }
  return { rowsRead: result.rowsRead, rowsWritten };
}
