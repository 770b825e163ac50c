/**
 * Starts a read-only audit tool with exactly the read permissions its arguments need: the task
 * itself may only start `deno`, and the tool's process may read only the output folder and the
 * plan it was pointed at (`--out`, `--plan`), and write nothing.
 *
 *     deno task why os.median --out /tmp/run/outputs
 *
 * @module
 */

import { parseArgs } from "node:util";
import { commaFreePath } from "../_shared/permission_list.ts";
import { DEFAULT_PATHS } from "../_shared/run_paths.ts";

export { commaFreePath };

/** The tools this launcher starts, by name: their module. */
export const TOOLS: Readonly<Record<string, string>> = {
  why: "pipeline/audit/why.ts",
};

/** The `deno run` arguments that start `tool` with `args`. */
export function launchArgs(tool: string, args: string[]): string[] {
  const module = TOOLS[tool];
  if (module === undefined) throw new RangeError(`unknown tool "${tool}"`);
  const { values } = parseArgs({
    args,
    options: { out: { type: "string" }, plan: { type: "string" } },
    strict: false,
    allowPositionals: true,
  });
  const reads = [
    typeof values.out === "string" ? values.out : DEFAULT_PATHS.out,
    typeof values.plan === "string" ? values.plan : DEFAULT_PATHS.plan,
  ];
  const list = reads.map(commaFreePath).join(",");
  return ["run", "--no-prompt", `--allow-read=${list}`, module, ...args];
}

if (import.meta.main) {
  const [tool = "", ...args] = Deno.args;
  const { code } = await new Deno.Command("deno", {
    args: launchArgs(tool, args),
    env: { TZ: "UTC" },
    stdin: "inherit",
    stdout: "inherit",
    stderr: "inherit",
  }).output();
  Deno.exit(code);
}
