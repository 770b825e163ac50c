import assert from "node:assert/strict";
import {
  type CohortMeasure,
  growthExponent,
  parseGnuTime,
  parseStageLine,
  scaleTables,
} from "./_scale_report.ts";
import { median } from "./_timing.ts";

Deno.test("parseStageLine reads the runner's line for a stage, and nothing else", () => {
  assert.deepEqual(
    parseStageLine("ingest      rows read     486  rows written     485    1.22 s"),
    { stage: "ingest", rowsRead: 486, seconds: 1.22 },
  );
  assert.equal(parseStageLine("ingest  FAILED after 3.10 s"), null);
  assert.equal(
    parseStageLine("pipeline stopped: stage ingest failed (see its message above)"),
    null,
  );
  assert.equal(parseStageLine("wrote 35 files in 0.06 s"), null);
});

Deno.test("parseGnuTime reads the peak resident set size and the elapsed time of time -v", () => {
  const report = [
    '\tCommand being timed: "deno run x.ts"',
    "\tElapsed (wall clock) time (h:mm:ss or m:ss): 1:02.50",
    "\tMaximum resident set size (kbytes): 199496",
  ].join("\n");
  assert.deepEqual(parseGnuTime(report), { peakKib: 199496, seconds: 62.5 });
  assert.equal(
    parseGnuTime("\tElapsed (wall clock) time (h:mm:ss or m:ss): 1:00:01").seconds,
    3601,
  );
  assert.deepEqual(parseGnuTime(""), { peakKib: null, seconds: null });
});

Deno.test("the growth exponent is 1 for linear and 2 for quadratic growth", () => {
  assert.equal(growthExponent(1e4, 2, 1e5, 20), 1);
  assert.ok(Math.abs(growthExponent(1e4, 2, 1e5, 200) - 2) < 1e-12);
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
});

Deno.test("the tables give time per patient and exponent, and say where a cohort failed", () => {
  const run = (seconds: number) =>
    Object.fromEntries(
      ["ingest", "harmonise", "derive", "statistics", "figures", "report"].map((s) => [
        s,
        { seconds, rowsRead: 10, peakKib: 2048 },
      ]),
    );
  const cohorts: CohortMeasure[] = [
    {
      name: "synthetic, 10,000 patients, 12 sites",
      patients: 10_000,
      sites: 12,
      runs: [run(1), run(2), run(3)],
      failure: null,
      generator: { seconds: 1.5, peakKib: 102400, bytes: 11e6 },
    },
    {
      name: "synthetic, 100,000 patients, 12 sites",
      patients: 100_000,
      sites: 12,
      runs: [run(20)],
      failure: null,
      generator: null,
    },
    {
      name: "synthetic, 1,000,000 patients, 12 sites",
      patients: 1_000_000,
      sites: 12,
      runs: [{}],
      failure: "ingest: V8 heap out of memory",
      generator: null,
    },
  ];
  const text = scaleTables(cohorts);
  // 6 stages of 2 s (the median run): 12 s, 1200 µs per patient; then 120 s: exponent 1.
  assert.match(
    text,
    /\| synthetic, 10,000 patients, 12 sites \| 10 \| 2\.00 .* \| 12\.00 \| 1200 \| {2}\|/,
  );
  assert.match(
    text,
    /\| synthetic, 100,000 patients, 12 sites \| .* \| 120\.00 \| 1200 \| 1\.00 \|/,
  );
  assert.match(
    text,
    /\| synthetic, 1,000,000 patients, 12 sites \| {2}\| fails \(V8 heap out of memory\) \|/,
  );
  assert.match(text, /\| synthetic, 10,000 patients, 12 sites \| 1\.50 \| 100 \| 11\.0 \|/);
});
