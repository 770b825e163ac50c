/**
 * `deno task synth`: starts the generator (`generate.ts`) as a child process with the least
 * privilege it needs: read the generator (and the one pipeline module it shares, the date
 * helpers) and the regimen vocabulary, read and write the output folder, nothing else. This
 * launcher may only start `deno` (environment.md, "Permissions").
 *
 * ```sh
 * deno task synth                                              # the calibrated cohort -> data/raw
 * deno task synth --seed 7 --patients 500 --sites 12 --out /tmp/cohort   # an uncalibrated cohort
 * ```
 *
 * @module
 */

import { fileURLToPath } from "node:url";
import { parseSynthArgs } from "./synth_args.ts";

/** The `deno run` arguments that start the generator for `args`. */
export function generatorCommand(args: string[]): string[] {
  const { out } = parseSynthArgs(args);
  const synthetic = fileURLToPath(new URL(".", import.meta.url));
  const vocabulary = fileURLToPath(new URL("../vocabulary/", import.meta.url));
  // The site workers load their modules at run time, which needs read access to every local
  // module they import: this folder, and the pipeline's date helpers.
  const dates = fileURLToPath(new URL("../../pipeline/_shared/dates.ts", import.meta.url));
  return [
    "run",
    "--no-prompt",
    `--allow-write=${out}`,
    `--allow-read=${out},${synthetic},${vocabulary},${dates}`,
    fileURLToPath(new URL("./generate.ts", import.meta.url)),
    ...args,
  ];
}

/** Runs the generator; returns its exit code. */
export async function main(args: string[]): Promise<number> {
  let command: string[];
  try {
    command = generatorCommand(args);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  const child = new Deno.Command("deno", {
    args: command,
    env: { TZ: "UTC", NO_COLOR: "1" },
    stdin: "null",
    stdout: "inherit",
    stderr: "inherit",
  });
  return (await child.output()).code;
}

if (import.meta.main) Deno.exit(await main(Deno.args));
