/**
 * The stage runner behind `deno task all`.
 *
 * Each stage runs as its own Deno process, started with exactly the permissions its declaration
 * implies: read its inputs, write its outputs (and their temporary siblings), no network. A process
 * per stage also gives every stage fresh module state, which Observable Plot's id counters need
 * for byte-stable figures. The runner stops at the first failing stage.
 *
 * A stage runs only when it is stale: its code, its inputs (the analysis plan included) or its
 * outputs differ from what the run manifest (`<out>/manifest.json`) recorded when it last
 * completed; the others print `up to date`. The manifest keeper, a process allowed to read what it
 * hashes and to write only the manifest, does the hashing and the recording (see
 * `manifest/run_record.ts`). `--only` and `--from` never mix runs: they refuse to start when an
 * earlier stage is stale, and a later stage made stale by them is rerun too.
 *
 * Interruptions: SIGINT and SIGTERM are passed on to the running stage, and the runner then stops
 * without marking the run complete; a stage whose runner disappears (even by SIGKILL) notices and
 * ends (`stage.ts`); the keeper ends when its stdin closes. Temporary files left by a killed write
 * are removed at the start of the next run.
 *
 * @module
 */

import { dirname } from "node:path";
import { temporarySibling } from "./atomic_write.ts";
import { permissionList } from "./permission_list.ts";
import { declareStage } from "./manifest/declaration.ts";
import { ManifestKeeper } from "./manifest/keeper_client.ts";
import type { ManifestStatus } from "./manifest/run_record.ts";
import { manifestPath } from "./manifest/run_record.ts";
import { describeReason, type Reason } from "./manifest/staleness.ts";
import { taskCommand } from "./manifest/task_hint.ts";
import type { RunPaths } from "./run_paths.ts";
import { RunWatch } from "./run_watch.ts";
import { PipelineError, type StageResult, type StageSpec } from "./stage.ts";
import { makeFolders, spawnStage, sweepPartials } from "./stage_processes.ts";

export { RunInterrupted } from "./run_watch.ts";

/** How one stage went. */
export interface StageRun {
  stage: string;
  ok: boolean;
  /** True when the stage was up to date and did not run. */
  upToDate: boolean;
  /** Why it ran, when a record of an earlier run existed (empty otherwise). */
  reasons: string[];
  result?: StageResult;
  seconds: number;
}

/** Options of {@linkcode runPipeline}. */
export interface RunOptions {
  paths: RunPaths;
  /** Run this stage (and any later stage it leaves stale). */
  only?: string;
  /** Run this stage and every later one that is stale. */
  from?: string;
  /** Rerun the selected stages even when they are up to date. */
  force?: boolean;
  /** Where a line of progress goes (one per stage). */
  log?: (line: string) => void;
  /** Where the stage's own stdout lines go. */
  echo?: (line: string) => void;
}

/** The `deno run` permission flags a stage's declaration implies. */
export function permissionFlags(stage: StageSpec, paths: RunPaths): string[] {
  const writes = stage.outputs(paths).flatMap((path) =>
    isFolder(path) ? [path] : [path, temporarySibling(path)]
  );
  // Deno.rename needs read as well as write access to both names.
  const code = (stage.workers ?? []).map((module) => `${dirname(module)}/`);
  const reads = [...stage.inputs(paths).map((a) => a.path), ...writes, ...code];
  const flags = ["--no-prompt"];
  if (reads.length > 0) flags.push(`--allow-read=${permissionList(reads)}`);
  if (writes.length > 0) flags.push(`--allow-write=${permissionList(writes)}`);
  if (stage.env && stage.env.length > 0) flags.push(`--allow-env=${stage.env.join(",")}`);
  return flags;
}

/** Folders that must exist before `stage` writes its outputs. */
export function outputFolders(stage: StageSpec, paths: RunPaths): string[] {
  return unique(stage.outputs(paths).map((path) => isFolder(path) ? path : dirname(path)));
}

/**
 * Runs the stale stages of `stages` (the whole pipeline, in order), one process each; stops at
 * the first failure. Throws a {@linkcode PipelineError} when `--only` or `--from` would build on a
 * stale earlier stage, and {@linkcode RunInterrupted} when a signal stopped the run.
 */
export async function runPipeline(stages: StageSpec[], options: RunOptions): Promise<StageRun[]> {
  const log = options.log ?? ((line: string) => console.log(line));
  const echo = options.echo ?? ((line: string) => console.log(line));
  const { paths } = options;
  const width = Math.max(...stages.map((s) => s.name.length));
  const first = firstSelected(stages, options);
  const declarations = stages.map((stage) => declareStage(stage, paths));
  const watch = new RunWatch();
  const opened = await ManifestKeeper.start(declarations, paths, { write: true })
    .catch((error) => {
      watch.dispose();
      throw error;
    });
  const keeper = opened.keeper;
  keeper.exited.then(() => watch.keeperEnded());
  try {
    const status = opened.status as ManifestStatus;
    const recorded = status.manifest === "present";
    await reportStatus(status, paths, log);
    await refuseStaleEarlierStages(stages.slice(0, first), keeper, options);
    const runs: StageRun[] = [];
    let prepared = false;
    for (const [i, stage] of stages.entries()) {
      if (i < first) continue;
      const name = stage.name.padEnd(width);
      const reasons = await keeper.request({ op: "check", stage: stage.name }) as Reason[];
      watch.throwIfStopped(stage.name);
      const forced = options.force === true && (options.only === undefined || i === first);
      if (reasons.length === 0 && !forced) {
        log(`${name}  up to date`);
        runs.push({ stage: stage.name, ok: true, upToDate: true, reasons: [], seconds: 0 });
        continue;
      }
      const started = performance.now();
      if (!prepared) {
        await makeFolders([paths.out, ...stages.slice(i).flatMap((s) => outputFolders(s, paths))]);
        prepared = true;
      }
      // Without a manifest every stage has no record: saying so six times would be noise.
      const quiet = forced || (reasons[0]?.kind === "no record" && !recorded);
      const why = quiet ? [] : reasons.map(describeReason);
      if (why.length > 0) log(`${name}  stale: ${summarise(why)}`);
      await keeper.request({ op: "start", stage: stage.name });
      const { code, result, written } = await spawnStage(
        stage,
        permissionFlags(stage, paths),
        paths,
        echo,
        watch,
      );
      watch.throwIfStopped(stage.name);
      const ok = code === 0 && result !== undefined;
      if (ok) await keeper.request({ op: "finish", stage: stage.name, written });
      else await keeper.request({ op: "fail", stage: stage.name });
      const seconds = (performance.now() - started) / 1000;
      runs.push({ stage: stage.name, ok, upToDate: false, reasons: why, result, seconds });
      log(progressLine(name, ok, result, seconds));
      if (!ok) return runs;
    }
    const stale = await keeper.request({ op: "complete" }) as string[];
    if (stale.length > 0) log(`not complete: ${stale.join(", ")} still stale`);
    return runs;
  } finally {
    watch.dispose();
    await keeper.close();
  }
}

/** The index of the first stage `options` select. */
function firstSelected(stages: StageSpec[], options: RunOptions): number {
  const names = stages.map((stage) => stage.name);
  for (const name of [options.only, options.from]) {
    if (name !== undefined && !names.includes(name)) {
      throw new RangeError(`unknown stage "${name}": expected one of ${names.join(", ")}`);
    }
  }
  const chosen = options.only ?? options.from;
  return chosen === undefined ? 0 : names.indexOf(chosen);
}

/** Says what the keeper found, and sweeps temporary files left by interrupted writes. */
async function reportStatus(
  status: ManifestStatus,
  paths: RunPaths,
  log: (line: string) => void,
): Promise<void> {
  if (status.manifest.startsWith("unusable")) {
    log(`${manifestPath(paths)} is ${status.manifest}: every stage reruns`);
  } else if (status.manifest === "present" && !status.complete) {
    log("the previous run did not complete: rerunning what it left stale");
  }
  if (status.partials.length > 0) {
    await sweepPartials(status.partials);
    log(`removed ${status.partials.length} temporary file(s) left by an interrupted write`);
  }
}

/** Throws, naming each stale stage and why, when a stage before the selected ones is stale. */
async function refuseStaleEarlierStages(
  earlier: StageSpec[],
  keeper: ManifestKeeper,
  options: RunOptions,
): Promise<void> {
  const lines: string[] = [];
  for (const stage of earlier) {
    const reasons = await keeper.request({ op: "check", stage: stage.name }) as Reason[];
    if (reasons.length > 0) {
      lines.push(`  - ${stage.name}: ${summarise(reasons.map(describeReason))}`);
    }
  }
  if (lines.length === 0) return;
  const selected = options.only !== undefined ? `--only ${options.only}` : `--from ${options.from}`;
  throw new PipelineError(
    `refusing ${selected}: earlier stages are stale, and building on their outputs would mix ` +
      `two runs\n${lines.join("\n")}\nRun \`${taskCommand("all", options.paths)}\` ` +
      "(it reruns only what is stale).",
  );
}

/** The first reason, and how many more. */
function summarise(reasons: string[]): string {
  return reasons.length > 1 ? `${reasons[0]} (and ${reasons.length - 1} more)` : reasons[0]!;
}

function progressLine(
  name: string,
  ok: boolean,
  result: StageResult | undefined,
  seconds: number,
): string {
  const time = `${seconds.toFixed(2)} s`;
  if (!ok) return `${name}  FAILED after ${time}`;
  const read = String(result?.rowsRead ?? 0).padStart(7);
  const written = String(result?.rowsWritten ?? 0).padStart(7);
  return `${name}  rows read ${read}  rows written ${written}  ${time.padStart(8)}`;
}

/** A declared output ending in "/" is a folder. */
function isFolder(path: string): boolean {
  return path.endsWith("/");
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
