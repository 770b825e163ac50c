/**
 * The cost of a rerun with nothing to do, beside a full run measured in the same session:
 *
 *   deno task bench:noop [--repeat 7]
 *
 * Times, as a person at the terminal would see them (wall time of the whole command, `deno task`
 * included), on the committed study in a temporary folder: `deno task all --force` (every stage
 * reruns), `deno task all` with everything up to date, and `deno task verify`; then the start-up
 * cost of each process the runner may add to a run (the manifest keeper, the folder maker, the
 * sweeper of temporary files). Prints Markdown; BENCHMARKS.md records it. Measured, never asserted.
 *
 * @module
 */

import { parseArgs } from "node:util";
import { declareStage } from "../../pipeline/_shared/manifest/declaration.ts";
import { ManifestKeeper } from "../../pipeline/_shared/manifest/keeper_client.ts";
import { runPathsFrom } from "../../pipeline/_shared/run_paths.ts";
import { STAGES } from "../../pipeline/stages.ts";

const { values } = parseArgs({
  args: Deno.args,
  options: { repeat: { type: "string", default: "7" } },
});
const repeat = Number(values.repeat);
const folder = await Deno.makeTempDir({ prefix: "bench-noop-" });
const paths = runPathsFrom({ out: `${folder}/out`, interim: `${folder}/interim` });
const where = ["--out", paths.out, "--interim", paths.interim];

/** Seconds `deno args` takes, from start to exit; throws if it fails. */
async function seconds(args: string[]): Promise<number> {
  const started = performance.now();
  const { code, stderr } = await new Deno.Command("deno", {
    args,
    env: { TZ: "UTC", NO_COLOR: "1" },
    stdout: "null",
    stderr: "piped",
  }).output();
  if (code !== 0) throw new Error(`deno ${args.join(" ")}: ${new TextDecoder().decode(stderr)}`);
  return (performance.now() - started) / 1000;
}

async function times(measure: () => Promise<number>): Promise<number[]> {
  const found: number[] = [];
  for (let i = 0; i < repeat; i++) found.push(await measure());
  return found.sort((a, b) => a - b);
}

const median = (sorted: number[]) => sorted[Math.floor(sorted.length / 2)]!;
const row = (name: string, sorted: number[]) =>
  `| ${name} | ${sorted[0]!.toFixed(3)} | ${median(sorted).toFixed(3)} | ` +
  `${sorted.at(-1)!.toFixed(3)} |`;

await seconds(["task", "all", ...where]);
const full = await times(() => seconds(["task", "all", ...where, "--force"]));
const noop = await times(() => seconds(["task", "all", ...where]));
const verify = await times(() => seconds(["task", "verify", ...where]));
const keeper = await times(async () => {
  const started = performance.now();
  const declarations = STAGES.map((stage) => declareStage(stage, paths));
  const { keeper } = await ManifestKeeper.start(declarations, paths, { write: false });
  const opened = (performance.now() - started) / 1000;
  await keeper.close();
  return opened;
});
const makeFolders = await times(() =>
  seconds([
    "run",
    "--no-prompt",
    `--allow-write=${folder}/x`,
    "pipeline/_shared/make_folders.ts",
    `${folder}/x`,
  ])
);
const sweep = await times(() =>
  seconds([
    "run",
    "--no-prompt",
    `--allow-write=${folder}/y`,
    "pipeline/_shared/sweep_partials.ts",
    `${folder}/y`,
  ])
);

console.log(`${repeat} runs each, seconds\n`);
console.log("| command | min | median | max |\n| --- | ---: | ---: | ---: |");
console.log(row("`deno task all --force` (every stage reruns)", full));
console.log(row("`deno task all` (every stage up to date)", noop));
console.log(row("`deno task verify`", verify));
console.log(row("manifest keeper: start until the manifest is open", keeper));
console.log(row("folder maker process (start to exit)", makeFolders));
console.log(row("temporary-file sweeper process (start to exit)", sweep));
console.log(`\nno-op / full (medians): ${(median(noop) / median(full)).toFixed(3)}`);
await Deno.remove(folder, { recursive: true });
