/**
 * The pure half of the pipeline scale benchmark: reading what the runner and GNU time print, and
 * turning the measurements into the Markdown tables of BENCHMARKS.md (per-stage wall time, time
 * per patient, growth exponent; per-stage peak resident memory; the generator).
 *
 * The growth exponent between two sizes is log(t2 / t1) / log(n2 / n1): 1 for linear growth, 2
 * for quadratic; it is given for each synthetic size against the next smaller one with the same
 * number of sites.
 *
 * @module
 */

import { markdownTable, median } from "./_timing.ts";

export const STAGES = ["ingest", "harmonise", "derive", "statistics", "figures", "report"] as const;

/** One stage of one run: seconds as the runner printed them, peak RSS in KiB (null: unknown). */
export interface StageMeasure {
  seconds: number;
  rowsRead: number | null;
  peakKib: number | null;
}

/** Every run of one cohort. */
export interface CohortMeasure {
  name: string;
  patients: number;
  sites: number;
  /** Per run, stage name -> measure; a failed stage ends its run. */
  runs: Record<string, StageMeasure>[];
  /** The first failure, as "stage: reason". */
  failure: string | null;
  generator: { seconds: number; peakKib: number | null; bytes: number } | null;
}

/** The runner's line for a stage: name, rows read and seconds ("ingest rows read 486 ... 1.22 s"). */
export function parseStageLine(
  line: string,
): { stage: string; rowsRead: number | null; seconds: number } | null {
  const match = /^(\w+)\s.*?(\d+(?:\.\d+)?) s\s*$/.exec(line.trim());
  if (match === null || !(STAGES as readonly string[]).includes(match[1]!)) return null;
  if (/FAILED/.test(line)) return null;
  const rows = /rows read\s+(\d+)/.exec(line);
  return { stage: match[1]!, rowsRead: rows ? Number(rows[1]) : null, seconds: Number(match[2]) };
}

/** Peak resident set size (KiB) and elapsed seconds from the report of `/usr/bin/time -v`. */
export function parseGnuTime(text: string): { peakKib: number | null; seconds: number | null } {
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
  const elapsed = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)/.exec(text);
  const seconds = elapsed
    ? elapsed[1]!.split(":").reduce((total, part) => total * 60 + Number(part), 0)
    : null;
  return { peakKib: peak ? Number(peak[1]) : null, seconds };
}

/** log(t2 / t1) / log(n2 / n1). */
export function growthExponent(n1: number, t1: number, n2: number, t2: number): number {
  return Math.log(t2 / t1) / Math.log(n2 / n1);
}

/** The three Markdown tables of the benchmark. */
export function scaleTables(cohorts: readonly CohortMeasure[]): string {
  return [
    "Wall time per stage (s, median of the runs), time per patient and growth exponent:",
    "",
    timeTable(cohorts),
    "",
    "Peak resident memory per stage process (MiB, largest of the runs):",
    "",
    memoryTable(cohorts),
    "",
    "Generator (`deno task synth`, one run):",
    "",
    generatorTable(cohorts),
  ].join("\n");
}

function totals(cohort: CohortMeasure): number[] {
  return cohort.runs.filter((run) => STAGES.every((s) => run[s] !== undefined)).map((run) =>
    STAGES.reduce((sum, s) => sum + run[s]!.seconds, 0)
  );
}

function timeTable(cohorts: readonly CohortMeasure[]): string {
  const rows = cohorts.map((cohort) => {
    const stages = STAGES.map((s) => {
      const seconds = cohort.runs.flatMap((run) => (run[s] ? [run[s]!.seconds] : []));
      return seconds.length > 0 ? median(seconds).toFixed(2) : failedHere(cohort, s);
    });
    const total = median(totals(cohort));
    const smaller = cohorts.filter((c) =>
      c.sites === cohort.sites && c.patients < cohort.patients && c.name.startsWith("synthetic") &&
      totals(c).length > 0
    ).at(-1);
    const exponent = Number.isFinite(total) && smaller && cohort.name.startsWith("synthetic")
      ? growthExponent(smaller.patients, median(totals(smaller)), cohort.patients, total)
        .toFixed(2)
      : "";
    const rowsRead = cohort.runs[0]?.ingest?.rowsRead;
    return [
      cohort.name,
      rowsRead == null ? "" : rowsRead.toLocaleString("en-US"),
      ...stages,
      Number.isFinite(total) ? total.toFixed(2) : "fails",
      Number.isFinite(total) ? (total / cohort.patients * 1e6).toFixed(0) : "",
      exponent,
    ];
  });
  return markdownTable(
    ["cohort", "raw rows", ...STAGES, "total (s)", "µs per patient", "growth exponent"],
    rows,
    ["l", "r", ...STAGES.map(() => "r" as const), "r", "r", "r"],
  );
}

function memoryTable(cohorts: readonly CohortMeasure[]): string {
  const rows = cohorts.map((cohort) => {
    const peaks = STAGES.map((s) => {
      const kib = cohort.runs.flatMap((run) => (run[s]?.peakKib ? [run[s]!.peakKib!] : []));
      return kib.length > 0 ? Math.max(...kib) : null;
    });
    const known = peaks.filter((p): p is number => p !== null);
    return [
      cohort.name,
      ...peaks.map((kib, i) => (kib === null ? failedHere(cohort, STAGES[i]!) : mib(kib))),
      known.length > 0 ? mib(Math.max(...known)) : "",
    ];
  });
  return markdownTable(
    ["cohort", ...STAGES, "largest"],
    rows,
    ["l", ...STAGES.map(() => "r" as const), "r"],
  );
}

function generatorTable(cohorts: readonly CohortMeasure[]): string {
  const rows = cohorts.flatMap((cohort) => {
    const g = cohort.generator;
    if (g === null) return [];
    return [[
      cohort.name,
      g.seconds.toFixed(2),
      g.peakKib === null ? "" : mib(g.peakKib),
      (g.bytes / 1e6).toFixed(1),
    ]];
  });
  return markdownTable(
    ["cohort", "wall time (s)", "peak resident memory (MiB)", "exports (MB)"],
    rows,
    ["l", "r", "r", "r"],
  );
}

/** "fails" in the failing stage's cell (with the reason), empty after it. */
function failedHere(cohort: CohortMeasure, stage: string): string {
  if (cohort.failure === null) return "";
  return cohort.failure.startsWith(`${stage}:`)
    ? `fails (${cohort.failure.slice(stage.length + 1).trim()})`
    : "";
}

function mib(kib: number): string {
  return (kib / 1024).toFixed(0);
}
