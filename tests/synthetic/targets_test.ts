import assert from "node:assert/strict";
import { calibratedCohort } from "../../data/synthetic/calibrated/cohort.ts";
import { summariseCohort } from "../../data/synthetic/summary.ts";
import { DAYS_PER_MONTH } from "../../data/synthetic/config.ts";
import { fitKaplanMeier } from "../../pipeline/lib/survival/kaplan_meier.ts";
import { medianSpss } from "../../pipeline/lib/survival/median_spss.ts";

const targets = JSON.parse(await Deno.readTextFile("data/synthetic/targets.json"));
const summary = summariseCohort(calibratedCohort());

/** Integer percent of n, rounded half up (13/55 -> 24). */
function percent(count: number, n: number): number {
  return Math.floor((200 * count + n) / (2 * n));
}

function months(records: { time: number; event: boolean }[]) {
  const fit = fitKaplanMeier(
    records.map((r) => ({ time: r.time / DAYS_PER_MONTH, event: r.event })),
  );
  const { median, lower, upper } = medianSpss(fit);
  assert.ok(median !== null && lower !== null && upper !== null, "median and CI are estimable");
  return { median, lower, upper };
}

/** Rounds half up to the published integer, and checks the value is near the middle of its range. */
function assertMonths(actual: number, target: number, label: string): void {
  assert.equal(Math.floor(actual + 0.5), target, `${label}: ${actual} rounds to ${target}`);
  assert.ok(
    Math.abs(actual - target) <= 0.1,
    `${label}: ${actual} within 0.1 of ${target}, away from rounding edges`,
  );
}

Deno.test("the calibrated cohort has 55 included patients from 10 institutions", () => {
  assert.equal(summary.included, targets.patients);
  assert.equal(summary.sites.length, targets.institutions);
});

Deno.test("the calibrated cohort's lines for advanced disease start from June 1985 to May 2021", () => {
  assert.equal(summary.firstStart.slice(0, 7), targets.studyPeriod.earliestMonth);
  assert.equal(summary.lastStart.slice(0, 7), targets.studyPeriod.latestMonth);
});

Deno.test("the calibrated cohort's age at diagnosis has median 30 and range 15 to 73", () => {
  assert.deepEqual(summary.age, {
    median: targets.ageAtDiagnosis.median,
    min: targets.ageAtDiagnosis.min,
    max: targets.ageAtDiagnosis.max,
  });
});

Deno.test("the calibrated cohort has 13 of 55 (24%) metastatic at diagnosis", () => {
  assert.equal(summary.metastatic, targets.metastaticAtDiagnosis.n);
  assert.equal(
    percent(summary.metastatic, summary.included),
    targets.metastaticAtDiagnosis.percent,
  );
});

Deno.test("the calibrated cohort's primary sites: aponeurosis 9 (16%), limb 17 (31%), others below 17", () => {
  for (const site of ["aponeurosis", "limb"] as const) {
    assert.equal(summary.primarySites[site], targets.primarySite[site].n);
    assert.equal(
      percent(summary.primarySites[site]!, summary.included),
      targets.primarySite[site].percent,
    );
  }
  const others = targets.primarySite.otherCategories as string[];
  assert.deepEqual(
    Object.keys(summary.primarySites).sort(),
    ["aponeurosis", "limb", ...others].sort(),
  );
  for (const other of others) {
    assert.ok(summary.primarySites[other]! < targets.primarySite.otherCategoriesEachBelow);
  }
});

Deno.test("the calibrated cohort's most common fusion is EWSR1-ATF1 (24, 44%), all confirmed", () => {
  const [top, second] = Object.entries(summary.fusions).sort((a, b) => b[1] - a[1]);
  assert.equal(top?.[0], targets.fusion.mostCommon);
  assert.ok(top![1] > second![1], "strictly the most common");
  assert.equal(top?.[1], targets.fusion["EWSR1-ATF1"].n);
  assert.equal(percent(top![1], summary.included), targets.fusion["EWSR1-ATF1"].percent);
  assert.equal(summary.confirmed, summary.included);
  assert.deepEqual(Object.keys(summary.fusions).sort(), [
    "EWSR1-ATF1",
    "EWSR1-CREB1",
    "EWSR1-rearranged",
  ]);
});

Deno.test("the calibrated cohort's lines per patient have median 1 and range 1 to 7", () => {
  const { median, min, max } = targets.linesPerPatient;
  assert.deepEqual(summary.lines, { median, min, max });
});

Deno.test("sunitinib: 10 lines, 3 responses (30%), strictly the highest rate, also without NE lines", () => {
  const sunitinib = summary.responses.sunitinib!;
  assert.equal(sunitinib.lines, targets.sunitinib.lines);
  assert.equal(sunitinib.responses, targets.sunitinib.objectiveResponses);
  assert.equal(sunitinib.notEvaluable, 0);
  assert.equal(percent(sunitinib.responses, sunitinib.lines), targets.sunitinib.percent);
  for (const [regimen, other] of Object.entries(summary.responses)) {
    if (regimen === "sunitinib") continue;
    const evaluable = other.lines - other.notEvaluable;
    assert.ok(other.responses / other.lines < 0.3, `${regimen}: ${other.responses}/${other.lines}`);
    assert.ok(evaluable === 0 || other.responses / evaluable < 0.3, `${regimen} without NE lines`);
  }
});

Deno.test("sunitinib progression-free survival: median 4 months, SPSS 95% CI 1 to 7", () => {
  const { median, lower, upper } = months(summary.sunitinibPfs);
  const target = targets.sunitinib.progressionFreeSurvivalMonths;
  assertMonths(median, target.median, "median");
  assertMonths(lower, target.lower, "lower");
  assertMonths(upper, target.upper, "upper");
});

Deno.test("overall survival from the advanced diagnosis: median 15 months, SPSS 95% CI 3 to 27", () => {
  const { median, lower, upper } = months(summary.os);
  const target = targets.overallSurvivalMonths;
  assertMonths(median, target.median, "median");
  assertMonths(lower, target.lower, "lower");
  assertMonths(upper, target.upper, "upper");
});

Deno.test("building the calibrated cohort twice gives the same cohort", () => {
  assert.deepEqual(summariseCohort(calibratedCohort()), summary);
});

Deno.test("data/synthetic/README.md states the unrounded values the cohort achieves", async () => {
  const readme = await Deno.readTextFile("data/synthetic/README.md");
  for (const records of [summary.os, summary.sunitinibPfs]) {
    const { median, lower, upper } = months(records);
    for (const value of [median, lower, upper]) {
      assert.ok(readme.includes(value.toFixed(4)), `README.md should state ${value.toFixed(4)}`);
    }
  }
});

Deno.test("the construction meets the published precision for other seeds too, not only the committed one", () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    const other = summariseCohort(calibratedCohort(seed));
    assert.equal(other.included, 55);
    assert.deepEqual([other.age, other.lines], [summary.age, summary.lines]);
    for (
      const [records, target] of [[other.os, [15, 3, 27]], [other.sunitinibPfs, [4, 1, 7]]] as const
    ) {
      const { median, lower, upper } = months(records);
      assert.deepEqual(
        [median, lower, upper].map((m) => Math.floor(m + 0.5)),
        target,
        `seed ${seed}`,
      );
    }
  }
});
