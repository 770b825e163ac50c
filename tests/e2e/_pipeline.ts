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
