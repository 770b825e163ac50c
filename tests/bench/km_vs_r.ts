/**
 * Kaplan–Meier at scale against R: fits 10^4, 10^5 and 10^6 seeded subjects with the library
 * (`fitKaplanMeierColumns`, and `fitKaplanMeier` from records) and with R's `survfit` in the same
 * run, on the same subjects, and prints a Markdown table for BENCHMARKS.md with the ratio.
 *
 *   deno task bench:km-vs-r [--sizes 10000,100000,1000000] [--repeat 5]
 *
 * Both sides time the fit plus the median and its 95% CI with the log band (R's default,
 * `summary(fit)$table`): R inside R with `system.time` (start-up and reading the CSV excluded,
 * `tests/bench/km_survfit_timing.R`), the library with `performance.now()` (building the columns
 * or records from the data excluded). Medians of the repeats, after warm-up calls. Two kinds of
 * times: whole days up to 10 years (the pipeline's case; the counting sort) and eighths of a day
 * (every time distinct in practice; the numeric sort). The medians and limits of the two sides
 * must agree exactly; the table says so. Without R on the PATH, the R columns read "not run".
 *
 * @module
 */

import { parseArgs } from "node:util";
import { join } from "node:path";
import {
  fitKaplanMeier,
  fitKaplanMeierColumns,
  type KaplanMeierFit,
  type SurvivalRecord,
} from "../../pipeline/lib/survival/kaplan_meier.ts";
import { medianFromBand, type MedianWithCi } from "../../pipeline/lib/survival/median_band.ts";
import { medianSpss } from "../../pipeline/lib/survival/median_spss.ts";
import { seededRandom } from "../lib/_seeded_random.ts";
import { markdownTable, timeMedian } from "./_timing.ts";

const { values } = parseArgs({
  args: Deno.args,
  options: {
    sizes: { type: "string", default: "10000,100000,1000000" },
    repeat: { type: "string", default: "5" },
  },
  strict: true,
});
const sizes = values.sizes.split(",").map(Number);
const repeat = Number(values.repeat);
for (const n of [...sizes, repeat]) {
  if (!Number.isInteger(n) || n < 1) throw new TypeError(`Expected whole numbers but found ${n}`);
}

/** One data set: its description and columns. */
interface Sample {
  kind: "whole days" | "eighths of a day";
  n: number;
  times: Float64Array;
  events: Uint8Array;
}

function sample(kind: Sample["kind"], n: number): Sample {
  const random = seededRandom(n + (kind === "whole days" ? 0 : 1));
  const times = new Float64Array(n);
  const events = new Uint8Array(n);
  const scale = kind === "whole days" ? 1 : 8;
  for (let i = 0; i < n; i++) {
    times[i] = Math.floor(random() * 3650 * scale) / scale;
    events[i] = random() < 0.6 ? 1 : 0;
  }
  return { kind, n, times, events };
}

function logMedian(fit: KaplanMeierFit): MedianWithCi {
  return medianFromBand(fit, "log");
}

const samples = sizes.flatMap((n) => [sample("whole days", n), sample("eighths of a day", n)]);
const folder = await Deno.makeTempDir({ prefix: "km-vs-r-" });
const files = await Promise.all(samples.map(async (s, i) => {
  const path = join(folder, `sample-${i}.csv`);
  const lines = ["time,status"];
  for (let k = 0; k < s.n; k++) lines.push(`${s.times[k]},${s.events[k]}`);
  await Deno.writeTextFile(path, lines.join("\n") + "\n");
  return path;
}));

const r = await runR(files);
const rows = samples.map((s, i) => {
  const records: SurvivalRecord[] = Array.from(
    { length: s.n },
    (_, k) => ({ time: s.times[k]!, event: s.events[k] === 1 }),
  );
  const columns = timeMedian(() => logMedian(fitKaplanMeierColumns(s.times, s.events)), repeat);
  const fromRecords = timeMedian(() => logMedian(fitKaplanMeier(records)), repeat);
  const allFour = timeMedian(() => {
    const fit = fitKaplanMeierColumns(s.times, s.events);
    medianSpss(fit);
    for (const method of ["log", "loglog", "plain"] as const) medianFromBand(fit, method);
  }, repeat);
  const ours = logMedian(fitKaplanMeierColumns(s.times, s.events));
  const theirs = r?.results.get(files[i]!);
  const agree = theirs === undefined
    ? "not run"
    : sameMedian(ours, theirs.median)
    ? "yes"
    : `no: R ${theirs.median.join(", ")}, here ${[ours.median, ours.lower, ours.upper].join(", ")}`;
  return [
    s.n.toLocaleString("en-US"),
    s.kind,
    theirs === undefined ? "not run" : ms(theirs.seconds * 1000),
    ms(columns),
    ms(fromRecords),
    ms(allFour),
    theirs === undefined ? "" : `${(theirs.seconds * 1000 / columns).toFixed(1)}×`,
    agree,
  ];
});
await Deno.remove(folder, { recursive: true });

console.log(
  r === null ? "R: not found on the PATH" : `${r.version}; repeats ${repeat}, medians in ms`,
);
console.log("");
console.log(markdownTable(
  [
    "subjects",
    "times",
    "R survfit + median, CI",
    "fitKaplanMeierColumns + median, CI",
    "fitKaplanMeier(records) + median, CI",
    "columns + all four medians",
    "R / columns",
    "same median and CI as R",
  ],
  rows,
  ["r", "l", "r", "r", "r", "r", "r", "l"],
));

function ms(value: number): string {
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}

function sameMedian(ours: MedianWithCi, theirs: (number | null)[]): boolean {
  return [ours.median, ours.lower, ours.upper].every((value, i) => value === theirs[i]);
}

/** Runs the R timing script over `paths`; null when R is not installed. */
async function runR(paths: string[]): Promise<
  {
    version: string;
    results: Map<string, { seconds: number; median: (number | null)[] }>;
  } | null
> {
  let output: Deno.CommandOutput;
  try {
    output = await new Deno.Command("Rscript", {
      args: ["tests/bench/km_survfit_timing.R", String(repeat), ...paths],
      stdout: "piped",
      stderr: "piped",
    }).output();
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return null;
    throw error;
  }
  if (!output.success) {
    throw new Error(`Rscript failed: ${new TextDecoder().decode(output.stderr)}`);
  }
  const [head, ...lines] = new TextDecoder().decode(output.stdout).trim().split("\n");
  const [, version, , survival] = head!.split("\t");
  const results = new Map(lines.map((line) => {
    const [path, seconds, ...median] = line.split("\t");
    return [path!, {
      seconds: Number(seconds),
      median: median.map((v) => (v === "NA" ? null : Number(v))),
    }];
  }));
  return { version: `${version}, survival ${survival}`, results };
}
