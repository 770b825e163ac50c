/**
 * The survival statistics in outputs/stats.json equal what R's survival package computes from
 * outputs/analysis/adtte.csv alone (fixture made by fixtures/adtte_in_r.R), within the 4-decimal
 * rounding of stats.json.
 */
import assert from "node:assert/strict";

type Interval = [number | null, number | null] | null;
interface RSummary {
  n: number;
  events: number;
  median: number | null;
  log: [number | null, number | null];
  loglog: [number | null, number | null];
  plain: [number | null, number | null];
}
interface KmSummary {
  n: number;
  events: number;
  median_r: number | null;
  ci: { log: Interval; loglog: Interval; plain: Interval };
}

const r = JSON.parse(await Deno.readTextFile("tests/statistics/fixtures/adtte_in_r.json"));
const stats = JSON.parse(await Deno.readTextFile("outputs/stats.json"));

function near(actual: number | null, expected: number | null, what: string): void {
  if (expected === null) return assert.equal(actual, null, `${what}: R gives NA`);
  assert.ok(
    actual !== null && Math.abs(actual - expected) <= 5e-5 + 1e-12,
    `${what}: ${actual} vs R ${expected}`,
  );
}

function compare(ours: KmSummary, theirs: RSummary, what: string): void {
  assert.equal(ours.n, theirs.n, `${what} n`);
  assert.equal(ours.events, theirs.events, `${what} events`);
  near(ours.median_r, theirs.median, `${what} median`);
  for (const method of ["log", "loglog", "plain"] as const) {
    const [lower, upper] = ours.ci[method] ?? [null, null];
    near(lower, theirs[method][0], `${what} ${method} lower`);
    near(upper, theirs[method][1], `${what} ${method} upper`);
  }
}

Deno.test("overall survival in stats.json equals R survfit on adtte.csv", () => {
  compare(stats.os, r.os, "OS");
});

Deno.test("PFS of all lines in stats.json equals R survfit on adtte.csv", () => {
  compare(stats.pfs_all_lines, r.pfs_all_lines, "PFS all lines");
});

Deno.test("PFS of every regimen in stats.json equals R survfit on adtte.csv", () => {
  assert.deepEqual(Object.keys(stats.pfs).sort(), Object.keys(r.pfs).sort());
  for (const regimen of Object.keys(r.pfs)) {
    compare(stats.pfs[regimen], r.pfs[regimen], `PFS ${regimen}`);
  }
});
