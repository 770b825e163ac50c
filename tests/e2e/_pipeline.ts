/**
 * Runs `pipeline/run.ts` as `deno task all` does (its own process, allowed only to start deno),
 * into folders of the test's choosing.
 */

import { join, relative } from "node:path";

/** The outcome of one pipeline run. */
export interface PipelineRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the pipeline with `args` (for example `--out DIR --interim DIR`). */
export async function runPipelineProcess(args: string[]): Promise<PipelineRun> {
  const output = await new Deno.Command("deno", {
    args: ["run", "--no-prompt", "--allow-run=deno", "pipeline/run.ts", ...args],
    env: { TZ: "UTC", NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder();
  return {
    code: output.code,
    stdout: text.decode(output.stdout),
    stderr: text.decode(output.stderr),
  };
}

/**
 * Runs the pipeline into `folder`'s `out/` and `interim/`, with the committed plan changed by
 * `change` (written to `folder/plan.json`) when given, from `raw` when given, and any `extra`
 * arguments (`--from report`).
 */
export async function runInFolder(
  folder: string,
  options: { raw?: string; change?: (plan: Record<string, unknown>) => void; extra?: string[] } =
    {},
): Promise<PipelineRun> {
  const args = ["--out", `${folder}/out`, "--interim", `${folder}/interim`];
  if (options.raw) args.push("--raw", options.raw);
  if (options.change) {
    const plan = JSON.parse(await Deno.readTextFile("pipeline/analysis-plan.json"));
    options.change(plan);
    await Deno.writeTextFile(`${folder}/plan.json`, JSON.stringify(plan));
    args.push("--plan", `${folder}/plan.json`);
  }
  return runPipelineProcess([...args, ...(options.extra ?? [])]);
}

/** Every file below `folder`, as paths relative to it, sorted. */
export async function listFiles(folder: string): Promise<string[]> {
  const files: string[] = [];
  async function walk(dir: string): Promise<void> {
    for await (const entry of Deno.readDir(dir)) {
      const path = join(dir, entry.name);
      if (entry.isDirectory) await walk(path);
      else files.push(relative(folder, path));
    }
  }
  await walk(folder);
  return files.sort();
}
