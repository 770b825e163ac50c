/**
 * The stage runner behind `deno task all`.
 *
 * Each stage runs as its own Deno process, started with exactly the permissions its declaration
 * implies: read its inputs, write its outputs (and their temporary siblings), no network. A process
 * per stage also gives every stage fresh module state, which Observable Plot's id counters need
 * for byte-stable figures. The runner stops at the first failing stage.
 *
 * @module
 */

import { dirname } from "node:path";
import { temporarySibling } from "./atomic_write.ts";
import { permissionList } from "./permission_list.ts";
import { runPathArgs, type RunPaths } from "./run_paths.ts";
import { RESULT_MARKER, type StageResult, type StageSpec } from "./stage.ts";

const MAKE_FOLDERS = "pipeline/_shared/make_folders.ts";

/** How one stage went. */
export interface StageRun {
  stage: string;
  ok: boolean;
  result?: StageResult;
  seconds: number;
}

/** Options of {@linkcode runPipeline}. */
export interface RunOptions {
  paths: RunPaths;
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
  const reads = [...stage.inputs(paths).map((a) => a.path), ...writes];
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

/** Runs `stages` in order, one process each; stops at the first failure. */
export async function runPipeline(stages: StageSpec[], options: RunOptions): Promise<StageRun[]> {
  const log = options.log ?? ((line: string) => console.log(line));
  const echo = options.echo ?? ((line: string) => console.log(line));
  const width = Math.max(...stages.map((s) => s.name.length));
  const runs: StageRun[] = [];
  // Every output folder first: a folder that cannot be made (a file in its place) stops the run
  // before the first stage writes anything.
  await makeFolders(unique(stages.flatMap((stage) => outputFolders(stage, options.paths))));
  for (const stage of stages) {
    const started = performance.now();
    const { code, result } = await spawnStage(stage, options.paths, echo);
    const seconds = (performance.now() - started) / 1000;
    const ok = code === 0 && result !== undefined;
    runs.push({ stage: stage.name, ok, result, seconds });
    log(progressLine(stage.name.padEnd(width), ok, result, seconds));
    if (!ok) break;
  }
  return runs;
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

async function spawnStage(
  stage: StageSpec,
  paths: RunPaths,
  echo: (line: string) => void,
): Promise<{ code: number; result?: StageResult }> {
  const command = new Deno.Command("deno", {
    args: ["run", ...permissionFlags(stage, paths), stage.module, ...runPathArgs(paths)],
    env: { TZ: "UTC", NO_COLOR: "1" },
    stdin: "null",
    stdout: "piped",
    stderr: "inherit",
  });
  const child = command.spawn();
  let result: StageResult | undefined;
  let pending = "";
  const decoder = new TextDecoder();
  const take = (line: string) => {
    if (line.startsWith(RESULT_MARKER)) result = JSON.parse(line.slice(RESULT_MARKER.length));
    else echo(line);
  };
  for await (const chunk of child.stdout) {
    pending += decoder.decode(chunk, { stream: true });
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    lines.forEach(take);
  }
  if (pending !== "") take(pending);
  const { code } = await child.status;
  return { code, result };
}

/** Creates output folders in a short process allowed to write exactly those folders. */
async function makeFolders(folders: string[]): Promise<void> {
  if (folders.length === 0) return;
  // Not `deno eval`: it ignores permission flags and runs with all permissions.
  const { code, stderr } = await new Deno.Command("deno", {
    args: [
      "run",
      "--no-prompt",
      `--allow-write=${permissionList(folders)}`,
      MAKE_FOLDERS,
      ...folders,
    ],
    stdin: "null",
    stdout: "null",
    stderr: "piped",
  }).output();
  if (code !== 0) {
    throw new Error(
      `could not create an output folder: ${new TextDecoder().decode(stderr).trim()}`,
    );
  }
}

/** A declared output ending in "/" is a folder. */
function isFolder(path: string): boolean {
  return path.endsWith("/");
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
