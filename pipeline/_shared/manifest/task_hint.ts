/**
 * The command that brings a run up to date, as a person would type it: `deno task all`, or the
 * task of the first stale stage, with the run's folders when they are not the defaults.
 *
 * @module
 */

import { DEFAULT_PATHS, type RunPaths } from "../run_paths.ts";

/** `deno task <task>` with the flags that name `paths`' non-default folders. */
export function taskCommand(task: string, paths: RunPaths): string {
  const flags = (Object.keys(DEFAULT_PATHS) as (keyof RunPaths)[])
    .filter((key) => paths[key] !== DEFAULT_PATHS[key])
    .map((key) => `--${key} ${paths[key]}`);
  return ["deno task", task, ...flags].join(" ");
}
