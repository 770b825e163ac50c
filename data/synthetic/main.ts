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
import { permissionList } from "../../pipeline/_shared/permission_list.ts";
import { parseSynthArgs } from "./synth_args.ts";

/** What `--help` prints. */
export const USAGE = [
  "usage: deno task synth                  the calibrated cohort, into data/raw",
  "       deno task synth --seed N --patients P --sites S --out DIR",
  "                                        an uncalibrated random cohort, into DIR",
  "Writes synthetic raw site exports (one folder per site with its site.json); the pipeline",
  "reads them with deno task all --raw DIR.",
].join("\n");

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
    `--allow-write=${permissionList([out])}`,
    `--allow-read=${permissionList([out, synthetic, vocabulary, dates])}`,
    fileURLToPath(new URL("./generate.ts", import.meta.url)),
    ...args,
  ];
}

/** Runs the generator; returns its exit code. */
export async function main(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  let command: string[];
  try {
    command = generatorCommand(args);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)} (see --help)`);
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
