/**
 * The side-effecting half of the pipeline scale benchmark: generating a cohort and running one
 * stage, each under GNU time (`/usr/bin/time -v`), which reports the peak resident set size of the
 * process tree it waited for. The pipeline first runs whole (`runAll`: each stage's wall time from
 * the runner's lines, in one run as a user runs it); then each stage runs again alone as
 * `pipeline/run.ts --only <stage> --force` (the runner, about 40 MiB, and the stage's own process;
 * the later stages are up to date, their inputs being byte-identical), so the peak is the stage's.
 * Without GNU time, the peak is unknown (null).
 *
 * @module
 */

import { join } from "node:path";
import { parseGnuTime, parseStageLine, type StageMeasure } from "./_scale_report.ts";
import { runPathArgs } from "../../pipeline/_shared/run_paths.ts";

const GNU_TIME = "/usr/bin/time";

/** Output of a command run under GNU time, with its peak resident set size (KiB). */
async function timed(
  args: string[],
  folder: string,
): Promise<
  { code: number; stdout: string; stderr: string; peakKib: number | null; seconds: number }
> {
  const report = join(folder, "gnu-time.txt");
  const started = performance.now();
  let output: Deno.CommandOutput;
  let gnu = true;
  try {
    output = await command(GNU_TIME, ["-v", "-o", report, "deno", ...args]);
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
    gnu = false;
    output = await command("deno", args);
  }
  const seconds = (performance.now() - started) / 1000;
  const peakKib = gnu ? parseGnuTime(await Deno.readTextFile(report)).peakKib : null;
  const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  return {
    code: output.code,
    stdout: decode(output.stdout),
    stderr: decode(output.stderr),
    peakKib,
    seconds,
  };
}

function command(program: string, args: string[]): Promise<Deno.CommandOutput> {
  return new Deno.Command(program, {
    args,
    env: { TZ: "UTC", NO_COLOR: "1" },
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).output();
}

/** Writes an uncalibrated cohort into `raw`; its wall time, peak memory and bytes. */
export async function generateCohort(
  raw: string,
  options: { seed: number; patients: number; sites: number },
  folder: string,
): Promise<{ seconds: number; peakKib: number | null; bytes: number }> {
  const run = await timed([
    "run",
    "--no-prompt",
    "--allow-run=deno",
    "data/synthetic/main.ts",
    "--seed",
    String(options.seed),
    "--patients",
    String(options.patients),
    "--sites",
    String(options.sites),
    "--out",
    raw,
  ], folder);
  if (run.code !== 0) throw new Error(`The generator failed: ${run.stderr}`);
  const bytes = /\((\d+) bytes\)/.exec(run.stdout);
  return { seconds: run.seconds, peakKib: run.peakKib, bytes: bytes ? Number(bytes[1]) : NaN };
}

/** Runs `stage` alone on the run's folders; its measure, or why it failed. */
export async function runStage(
  stage: string,
  paths: { raw: string; interim: string; out: string; plan: string },
  folder: string,
): Promise<{ measure: StageMeasure } | { failure: string }> {
  const run = await timed(pipelineArgs(paths, ["--only", stage, "--force"]), folder);
  const line = run.stdout.split("\n").map(parseStageLine).find((parsed) => parsed?.stage === stage);
  if (run.code !== 0 || line === undefined || line === null) {
    return { failure: `${stage}: ${reason(run.stderr, run.code)}` };
  }
  return { measure: { seconds: line.seconds, rowsRead: line.rowsRead, peakKib: run.peakKib } };
}

/** Runs the whole pipeline on the run's folders; each stage's measure (no peak), or a failure. */
export async function runAll(
  paths: { raw: string; interim: string; out: string; plan: string },
  folder: string,
  stages: readonly string[],
): Promise<
  { measures: Record<string, StageMeasure>; peakKib: number | null } | { failure: string }
> {
  const run = await timed(pipelineArgs(paths), folder);
  const lines = run.stdout.split("\n").map(parseStageLine).filter((l) =>
    l !== null && l !== undefined
  );
  const measures: Record<string, StageMeasure> = {};
  for (const line of lines) {
    measures[line!.stage] = { seconds: line!.seconds, rowsRead: line!.rowsRead, peakKib: null };
  }
  const missing = stages.find((stage) => measures[stage] === undefined);
  if (run.code !== 0 || missing !== undefined) {
    return { failure: `${missing ?? "run"}: ${reason(run.stderr, run.code)}` };
  }
  return { measures, peakKib: run.peakKib };
}

/** A short reason from a failed stage's error output. */
function reason(stderr: string, code: number): string {
  if (/out of memory|Allocation failed/i.test(stderr)) return "V8 heap out of memory";
  const lines = stderr.split("\n").map((l) => l.trim()).filter((l) =>
    l !== "" && !l.startsWith("at ") && !l.startsWith("pipeline stopped")
  );
  const last = lines.at(-1) ?? `exit code ${code}`;
  return last.length > 100 ? `${last.slice(0, 97)}...` : last;
}

/** `deno` arguments that run the pipeline (as `deno task all`) on `paths`, with `options`. */
function pipelineArgs(
  paths: { raw: string; interim: string; out: string; plan: string },
  options: string[] = [],
): string[] {
  return [
    "run",
    "--no-prompt",
    "--allow-run=deno",
    "pipeline/run.ts",
    ...options,
    ...runPathArgs(paths),
  ];
}
