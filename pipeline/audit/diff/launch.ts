/**
 * `deno task diff OLD NEW [--json]`: starts the comparison (`mod.ts`) with exactly the access it
 * needs: read the two sides named (when they are folders) and start `git` (when they are
 * revisions), write nothing. The task itself may only start `deno`.
 *
 * @module
 */

import { commaFreePath } from "../launch.ts";

/** The `deno run` arguments that start the comparison of `args`. */
export function launchArgs(args: string[]): string[] {
  const sides = args.filter((arg) => !arg.startsWith("--"));
  const reads = sides.length > 0 ? [`--allow-read=${sides.map(commaFreePath).join(",")}`] : [];
  return ["run", "--no-prompt", ...reads, "--allow-run=git", "pipeline/audit/diff/mod.ts", ...args];
}

if (import.meta.main) {
  const { code } = await new Deno.Command("deno", {
    args: launchArgs(Deno.args),
    env: { TZ: "UTC" },
    stdin: "null",
    stdout: "inherit",
    stderr: "inherit",
  }).output();
  Deno.exit(code);
}
