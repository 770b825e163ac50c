/**
 * `deno task all` and the per-stage tasks: runs the pipeline, or part of it.
 *
 *     deno task all [--raw DIR] [--out DIR] [--interim DIR] [--plan FILE] [--force]
 *     deno task all --only derive        one stage, from the previous stages' artefacts
 *     deno task all --from statistics    that stage and every later one
 *     deno task all --help               usage; a wrong option is one line and exit 2
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
import { commaFreePath, widenedPaths } from "./_shared/permission_list.ts";
import { DEFAULT_PATHS, RUN_PATH_OPTIONS, runPathsFrom } from "./_shared/run_paths.ts";
import { PipelineError, type StageSpec } from "./_shared/stage.ts";
import { STAGES } from "./stages.ts";

/** What `--help` prints. */
export function usage(stages: StageSpec[] = STAGES): string {
  return [
    "usage: deno task all [--raw DIR] [--out DIR] [--interim DIR] [--plan FILE]",
    "                     [--only STAGE | --from STAGE] [--force]",
    "       deno task STAGE [--raw DIR] [--out DIR] [--interim DIR] [--plan FILE]",
    "Runs the pipeline, each stage in its own process with only the permissions it needs:",
    ...stages.map((s) => `  ${s.name.padEnd(11)}${s.summary}`),
    "Options:",
    `  --raw DIR      the raw site exports, one folder per site (default ${DEFAULT_PATHS.raw})`,
    `  --out DIR      the outputs (default ${DEFAULT_PATHS.out})`,
    `  --interim DIR  artefacts passed between stages (default ${DEFAULT_PATHS.interim})`,
    `  --plan FILE    the analysis plan (default ${DEFAULT_PATHS.plan})`,
    "  --only STAGE   run that stage alone, from the previous stages' artefacts",
    "  --from STAGE   run that stage and every later one",
    "  --force        rerun the selected stages even when they are up to date",
    "  --help         print this and exit",
  ].join("\n");
}

/** Runs the stages that `args` select; returns the process exit code. */
export async function main(args: string[], stages: StageSpec[] = STAGES): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        ...RUN_PATH_OPTIONS,
        only: { type: "string" },
        from: { type: "string" },
        force: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    }));
    if (values.help) {
      console.log(usage(stages));
      return 0;
    }
    selectStages(stages, values.only, values.from);
  } catch (error) {
    console.error(`${(error as Error).message} (see --help)`);
    return 2;
  }
  const paths = runPathsFrom(values);
  for (const path of widenedPaths(Object.values(paths))) {
    console.error(
      `note: ${path} has a comma, which a Deno permission flag cannot name: it is granted ` +
        `through ${commaFreePath(path)}`,
    );
  }
  const { only, from, force } = values;
  let runs;
  try {
    runs = await runPipeline(stages, { paths, only, from, force });
  } catch (error) {
    if (error instanceof RunInterrupted) {
      console.error(error.message);
      return error.signal === "SIGINT" ? 130 : 143;
    }
    const message = (error as Error).message;
    console.error(error instanceof PipelineError ? message : `pipeline stopped: ${message}`);
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
