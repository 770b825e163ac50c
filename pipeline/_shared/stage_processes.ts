/**
 * The processes the runner starts besides the manifest keeper: each stage, with the permissions
 * its declaration implies, and two short helpers allowed to write exactly the paths they are
 * given (creating output folders, removing temporary files left by interrupted writes).
 *
 * A stage's stdin is closed (`null`): a stage notices that its runner is gone by its parent
 * process id changing (`stage.ts`), which needs no cooperation from the runner.
 *
 * @module
 */

import { permissionList } from "./permission_list.ts";
import { RUNNER_PID_FLAG } from "./parent_watch.ts";
import type { RunPaths } from "./run_paths.ts";
import { runPathArgs } from "./run_paths.ts";
import type { RunWatch } from "./run_watch.ts";
import { RESULT_MARKER, type StageReport, type StageResult, type StageSpec } from "./stage.ts";

const MAKE_FOLDERS = "pipeline/_shared/make_folders.ts";
const SWEEP_PARTIALS = "pipeline/_shared/sweep_partials.ts";

/** Runs `stage` as its own process with `flags`; its stdout lines go to `echo`. */
export async function spawnStage(
  stage: StageSpec,
  flags: string[],
  paths: RunPaths,
  echo: (line: string) => void,
  watch: RunWatch,
): Promise<{ code: number; result?: StageResult; written?: string[] }> {
  const command = new Deno.Command("deno", {
    args: ["run", ...flags, stage.module, RUNNER_PID_FLAG, String(Deno.pid), ...runPathArgs(paths)],
    env: { TZ: "UTC", NO_COLOR: "1" },
    stdin: "null",
    stdout: "piped",
    stderr: "inherit",
  });
  const child = command.spawn();
  watch.running(child);
  let report: StageReport | undefined;
  let pending = "";
  const decoder = new TextDecoder();
  const take = (line: string) => {
    if (line.startsWith(RESULT_MARKER)) report = JSON.parse(line.slice(RESULT_MARKER.length));
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
  watch.running(undefined);
  if (report === undefined) return { code };
  const { written, ...result } = report;
  return { code, result, written };
}

/** Creates output folders in a short process allowed to write exactly those folders. */
export async function makeFolders(folders: string[]): Promise<void> {
  const unique = [...new Set(folders)];
  if (unique.length === 0) return;
  // Not `deno eval`: it ignores permission flags and runs with all permissions.
  await shortProcess(MAKE_FOLDERS, unique, "could not create an output folder");
}

/** Removes temporary files in a short process allowed to write exactly those files. */
export function sweepPartials(partials: string[]): Promise<void> {
  return shortProcess(SWEEP_PARTIALS, partials, `could not remove ${partials.join(", ")}`);
}

async function shortProcess(module: string, paths: string[], failure: string): Promise<void> {
  const { code, stderr } = await new Deno.Command("deno", {
    args: ["run", "--no-prompt", `--allow-write=${permissionList(paths)}`, module, ...paths],
    stdin: "null",
    stdout: "null",
    stderr: "piped",
  }).output();
  if (code !== 0) {
    const reason = new TextDecoder().decode(stderr).trim().split("\n")[0] ?? "";
    throw new Error(`${failure}: ${reason.replace(/^error: (Uncaught \(in promise\) )?/, "")}`);
  }
}
