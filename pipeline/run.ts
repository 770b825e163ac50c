/**
 * `deno task all` and the per-stage tasks: runs the pipeline, or part of it.
 *
 *     deno task all [--raw DIR] [--out DIR] [--interim DIR] [--plan FILE] [--force]
 *     deno task all --only derive        one stage, from the previous stages' artefacts
 *     deno task all --from statistics    that stage and every later one
 *
 * Only stale stages run (their code, inputs or outputs differ from the run manifest's record);
 * `--force` reruns the selected ones anyway. `--only` and `--from` refuse to build on a stale
 * earlier stage. Exit codes: 0 done, 1 a stage failed or the run was refused, 130 or 143 when
 * SIGINT or SIGTERM stopped it.
 *
 * This process may only start `deno`; each stage gets its own narrower permissions.
 *
 * @module
 */

import { parseArgs } from "node:util";
import { RunInterrupted, runPipeline } from "./_shared/runner.ts";
import { RUN_PATH_OPTIONS, runPathsFrom } from "./_shared/run_paths.ts";
import { PipelineError, type StageSpec } from "./_shared/stage.ts";
import { STAGES } from "./stages.ts";

/** Runs the stages that `args` select; returns the process exit code. */
export async function main(args: string[], stages: StageSpec[] = STAGES): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...RUN_PATH_OPTIONS,
      only: { type: "string" },
      from: { type: "string" },
      force: { type: "boolean" },
    },
    strict: true,
  });
  selectStages(stages, values.only, values.from);
  const { only, from, force } = values;
  let runs;
  try {
    runs = await runPipeline(stages, { paths: runPathsFrom(values), only, from, force });
  } catch (error) {
    if (error instanceof RunInterrupted) {
      console.error(error.message);
      return error.signal === "SIGINT" ? 130 : 143;
    }
    if (!(error instanceof PipelineError)) throw error;
    console.error(error.message);
    return 1;
  }
  const failed = runs.find((run) => !run.ok);
  if (failed) {
    console.error(`pipeline stopped: stage ${failed.stage} failed (see its message above)`);
    return 1;
  }
  return 0;
}

/** The stages `--only` or `--from` name, in pipeline order; all of them by default. */
export function selectStages(stages: StageSpec[], only?: string, from?: string): StageSpec[] {
  const names = stages.map((stage) => stage.name);
  for (const name of [only, from]) {
    if (name !== undefined && !names.includes(name)) {
      throw new RangeError(`unknown stage "${name}": expected one of ${names.join(", ")}`);
    }
  }
  if (only !== undefined) return stages.filter((stage) => stage.name === only);
  if (from !== undefined) return stages.slice(names.indexOf(from));
  return stages;
}

if (import.meta.main) Deno.exit(await main(Deno.args));
