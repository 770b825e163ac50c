/**
 * Scale benchmark of the whole pipeline: wall time per stage on the committed cohort and on
 * uncalibrated synthetic cohorts of growing size (seeded, so every run times the same data).
 *
 *   deno task bench:pipeline [--sizes 500,5000] [--repeat 3]
 *
 * Prints one Markdown table (median of the repeats, per stage and in total); the figures in
 * BENCHMARKS.md come from it. Timing is measured here, never asserted by a test.
 *
 * @module
 */

import { parseArgs } from "node:util";

const USAGE = "usage: deno task bench:pipeline [--sizes 500,5000] [--repeat 3]\n" +
  "Times every stage on the committed cohort and on synthetic cohorts of the given sizes.";
let parsed;
try {
  parsed = parseArgs({
    args: Deno.args,
    options: {
      sizes: { type: "string", default: "500,5000" },
      repeat: { type: "string", default: "3" },
      help: { type: "boolean", short: "h" },
    },
  });
} catch (error) {
  console.error(`${(error as Error).message} (see --help)`);
  Deno.exit(2);
}
const { values } = parsed;
if (values.help) {
  console.log(USAGE);
  Deno.exit(0);
}
const sizes = values.sizes.split(",").map(Number);
const repeat = Number(values.repeat);
const STAGES = ["ingest", "harmonise", "derive", "statistics", "figures", "report"];

async function deno(args: string[]): Promise<{ code: number; stdout: string }> {
  const out = await new Deno.Command("deno", {
    args,
    env: { TZ: "UTC", NO_COLOR: "1" },
    stdout: "piped",
    stderr: "null",
  }).output();
  return { code: out.code, stdout: new TextDecoder().decode(out.stdout) };
}

/** Seconds per stage of one run (the runner's own per-stage lines). */
async function timeRun(raw: string, folder: string): Promise<Record<string, number>> {
  const run = await deno([
    "run",
    "--no-prompt",
    "--allow-run=deno",
    "pipeline/run.ts",
    "--raw",
    raw,
    "--out",
    `${folder}/out`,
    "--interim",
    `${folder}/interim`,
  ]);
  const seconds: Record<string, number> = {};
  for (const line of run.stdout.split("\n")) {
    const match = /^(\w+) .* (\d+\.\d\d) s$/.exec(line);
    if (match) seconds[match[1]!] = Number(match[2]);
  }
  return seconds;
}

function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const rows: string[] = [];
const cohorts: { name: string; raw: string }[] = [{
  name: "committed (55 included)",
  raw: "data/raw",
}];
for (const size of sizes) {
  const folder = await Deno.makeTempDir();
  await deno([
    "run",
    "--no-prompt",
    "--allow-run=deno",
    "data/synthetic/main.ts",
    "--seed",
    "1",
    "--patients",
    String(size),
    "--sites",
    "12",
    "--out",
    `${folder}/raw`,
  ]);
  cohorts.push({ name: `synthetic, ${size} patients, 12 sites`, raw: `${folder}/raw` });
}
for (const cohort of cohorts) {
  const runs: Record<string, number>[] = [];
  for (let i = 0; i < repeat; i++) runs.push(await timeRun(cohort.raw, await Deno.makeTempDir()));
  const perStage = STAGES.map((s) => median(runs.map((r) => r[s] ?? NaN)));
  const total = median(runs.map((r) => STAGES.reduce((t, s) => t + (r[s] ?? NaN), 0)));
  rows.push(
    `| ${cohort.name} | ${perStage.map((s) => s.toFixed(2)).join(" | ")} | ${total.toFixed(2)} |`,
  );
}
console.log(`| cohort | ${STAGES.join(" | ")} | total (s) |`);
console.log(`| --- | ${STAGES.map(() => "---:").join(" | ")} | ---: |`);
for (const row of rows) console.log(row);
