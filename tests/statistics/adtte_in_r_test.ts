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

Deno.test("OS by baseline factor in stats.json equals R's survdiff and coxph on the analysis datasets", () => {
  const close = (ours: number | null, theirs: number, what: string, digits: "4dp" | "4sig") => {
    const tolerance = digits === "4dp" ? 5e-5 + 1e-12 : Math.abs(theirs) * 5e-4;
    assert.ok(
      ours !== null && Math.abs(ours - theirs) <= tolerance,
      `${what}: ${ours} vs R ${theirs}`,
    );
  };
  const factors = Object.keys(r.comparative_os);
  assert.deepEqual(factors.sort(), Object.keys(stats.comparative.os).sort());
  for (const factor of factors) {
    const ours = stats.comparative.os[factor];
    const theirs = r.comparative_os[factor];
    close(ours.log_rank.statistic, theirs.log_rank.statistic, `${factor} log-rank`, "4dp");
    assert.equal(ours.log_rank.df, theirs.log_rank.df, `${factor} log-rank df`);
    close(ours.log_rank.p, theirs.log_rank.p, `${factor} log-rank p`, "4sig");
    for (const test of ["likelihood_ratio", "wald", "score"] as const) {
      close(ours.cox[test].statistic, theirs[test], `${factor} ${test}`, "4dp");
    }
    for (
      const [level, hr] of Object.entries(theirs.hazard_ratios) as [
        string,
        Record<string, number>,
      ][]
    ) {
      for (const key of ["hr", "lower", "upper"] as const) {
        close(ours.cox.hazard_ratios[level][key], hr[key]!, `${factor} ${level} ${key}`, "4dp");
      }
      close(ours.cox.hazard_ratios[level].p, hr.p!, `${factor} ${level} p`, "4sig");
    }
  }
});
