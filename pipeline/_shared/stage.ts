/**
 * What a pipeline stage is, and the thin shell every stage process runs in.
 *
 * A stage declares the artefacts it reads and writes as functions of the run's folders. The runner
 * turns those declarations into the stage's Deno permissions (it can read only its inputs and write
 * only its outputs), and the run manifest (`manifest/`) records the files behind them.
 *
 * @module
 */

import { writtenPaths } from "./atomic_write.ts";
import { exitWhenParentEnds, takeRunnerPid } from "./parent_watch.ts";
import { parseRunPaths, type RunPaths } from "./run_paths.ts";

/** An input of a stage and who makes it, for the message shown when it is missing. */
export interface Artefact {
  path: string;
  /** The `deno task` that makes this artefact, or a sentence saying where it comes from. */
  madeBy: string;
}

/** A stage as the runner sees it: a module to run, with its declared inputs and outputs. */
export interface StageSpec {
  name: string;
  /** One line on what the stage does. */
  summary: string;
  /** The stage's entry module, relative to the project root. */
  module: string;
  inputs(paths: RunPaths): Artefact[];
  /** Files or folders the stage writes; a folder grants writes anywhere below it. */
  outputs(paths: RunPaths): string[];
  /** Environment variables the stage may read (jsdom reads two at start-up). */
  env?: readonly string[];
  /**
   * Modules the stage starts as workers. Deno loads a worker's modules while the stage runs,
   * under the stage's permissions, so the runner grants read access to each one's folder (code
   * only: a worker module imports from its own folder).
   */
  workers?: readonly string[];
}

/** What a stage reports back to the runner. */
export interface StageResult {
  rowsRead: number;
  rowsWritten: number;
}

/** The line a stage process reports its result on: the result and every file it wrote. */
export interface StageReport extends StageResult {
  written: string[];
}

/** The marker of the one stdout line through which a stage process reports its result. */
export const RESULT_MARKER = "::stage-result::";

/** An error whose message is meant for the person running the pipeline, shown without a trace. */
export class PipelineError extends Error {
  override name = "PipelineError";
}

/** Throws a {@linkcode PipelineError} naming every declared input that does not exist. */
export async function requireInputs(stage: StageSpec, paths: RunPaths): Promise<void> {
  const missing: (Artefact & { why?: string })[] = [];
  for (const artefact of stage.inputs(paths)) {
    try {
      await Deno.stat(artefact.path);
    } catch (error) {
      // Not found, or not reachable (a file where a folder is expected: `--raw file.csv`).
      const why = error instanceof Deno.errors.NotFound ? undefined : (error as Error).message;
      missing.push({ ...artefact, why });
    }
  }
  if (missing.length === 0) return;
  const lines = missing.map((a) =>
    `  - ${a.path}: ${a.why ? `cannot be read (${a.why}); ` : ""}made by ${a.madeBy}`
  );
  throw new PipelineError(
    `stage ${stage.name} cannot start: missing input${missing.length > 1 ? "s" : ""}\n` +
      `${lines.join("\n")}\nRun the task named above first, or \`deno task all\`.`,
  );
}

/**
 * Runs a stage in its own process: reads the run's folders from the command line, checks the
 * declared inputs exist, runs `body`, and reports the result on one stdout line for the runner.
 * A {@linkcode PipelineError} is printed as its message alone; anything else with its stack.
 * The process ends early if its runner disappears (see `parent_watch.ts`).
 */
export async function runStageProcess(
  stage: StageSpec,
  body: (paths: RunPaths) => Promise<StageResult>,
): Promise<void> {
  try {
    let paths: RunPaths;
    try {
      const { runner, rest } = takeRunnerPid(Deno.args);
      exitWhenParentEnds(stage.name, runner);
      paths = parseRunPaths(rest);
    } catch (error) {
      throw new PipelineError(
        `${(error as Error).message} (expected --raw, --out, --interim, --plan)`,
      );
    }
    await requireInputs(stage, paths);
    const result = await body(paths);
    const report: StageReport = { ...result, written: writtenPaths() };
    console.log(RESULT_MARKER + JSON.stringify(report));
  } catch (error) {
    const text = error instanceof PipelineError
      ? error.message
      : error instanceof Error
      ? (error.stack ?? error.message)
      : String(error);
    console.error(`error in stage ${stage.name}: ${text}`);
    Deno.exit(1);
  }
}
