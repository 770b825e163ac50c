import assert from "node:assert/strict";
import { fitKaplanMeier } from "../../pipeline/lib/survival/kaplan_meier.ts";
import { numbersAtRisk } from "../../pipeline/figures/_km/risk_table.ts";
import { drawOverallSurvival } from "../../pipeline/figures/overall_survival/mod.ts";
import { drawPfsByClass } from "../../pipeline/figures/pfs_by_class/mod.ts";
import { monthTicks } from "../../pipeline/_shared/month_ticks.ts";
import { cohortInputs, markTexts, parseSvg, xTickLabels, xTickPositions } from "./_helpers.ts";

const R = JSON.parse(Deno.readTextFileSync("tests/figures/fixtures/risk.json")) as {
  months: number[];
  os: number[];
  pfs_by_class: Record<string, number[]>;
};

/** R's n.risk at `ticks` (whole months) from the fixture's monthly table. */
function rAt(series: number[], ticks: number[]): number[] {
  return ticks.map((m) => {
    const i = R.months.indexOf(m);
    assert.ok(i >= 0, `risk.json has no column for month ${m}`);
    return series[i]!;
  });
}

Deno.test("numbersAtRisk counts a subject censored exactly at a tick as at risk there", () => {
  // Times in days with 1 day per month: at risk at t = subjects with time >= t.
  // t = 0: all 5; t = 2: times 2, 2, 3, 5 -> 4 (the censoring at 2 still counts); t = 4: 5 -> 1;
  // t = 6: none -> 0.
  const fit = fitKaplanMeier([
    { time: 1, event: true },
    { time: 2, event: true },
    { time: 2, event: false },
    { time: 3, event: false },
    { time: 5, event: true },
  ]);
  assert.deepEqual(numbersAtRisk(fit, [0, 2, 4, 6], 1).map((c) => c.nRisk), [5, 4, 1, 0]);
});

Deno.test("monthTicks steps by a round number of months and ends on or after the follow-up", () => {
  assert.deepEqual(monthTicks(47.5), [0, 6, 12, 18, 24, 30, 36, 42, 48]);
  assert.deepEqual(monthTicks(8.2), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.deepEqual(monthTicks(0), [0, 1]);
  assert.throws(() => monthTicks(-1), RangeError);
});

Deno.test("the OS risk table shows R's n.risk at each tick, each number under its tick", async () => {
  const { courses, plan } = await cohortInputs();
  const figure = drawOverallSurvival(
    courses.map((c) => ({ time: c.os.days, event: c.os.event })),
    { daysPerMonth: plan.daysPerMonth, level: 0.95, headlineCi: "spss" },
  );
  const svg = parseSvg(figure.svg);
  const ticks = xTickLabels(svg).map(Number);
  const counts = markTexts(svg, "number at risk");
  assert.deepEqual(counts.map((c) => Number(c.text)), rAt(R.os, ticks));
  assert.deepEqual(counts.map((c) => c.x), xTickPositions(svg));
  assert.equal(markTexts(svg, "number at risk label")[0]?.text, "All patients");
});

Deno.test("the PFS risk table has one row per class, R's n.risk under each tick", async () => {
  const { courses, labels, plan } = await cohortInputs();
  const lines = courses.flatMap((c) => c.lines);
  const figure = drawPfsByClass(
    lines.map((l) => ({ time: l.pfs.days, event: l.pfs.event, regimenClass: l.regimenClass })),
    labels.regimenClass,
    { daysPerMonth: plan.daysPerMonth, level: 0.95, headlineCi: "spss", minimumClassSize: 5 },
  );
  const svg = parseSvg(figure.svg);
  const ticks = xTickLabels(svg).map(Number);
  const tickX = xTickPositions(svg);
  const rowLabels = markTexts(svg, "number at risk label").map((t) => t.text);
  const counts = markTexts(svg, "number at risk");
  const byLabel = Object.fromEntries(
    Object.entries(labels.regimenClass).map(([code, label]) => [label, code]),
  );
  const eligible = Object.entries(R.pfs_by_class)
    .filter(([code]) => lines.filter((l) => l.regimenClass === code).length >= 5);
  assert.equal(rowLabels.length, eligible.length);
  assert.ok(rowLabels.length >= 2, "the fixture should give at least two PFS curves");
  rowLabels.forEach((label, row) => {
    const cells = counts.slice(row * ticks.length, (row + 1) * ticks.length);
    const code = byLabel[label]!;
    assert.deepEqual(cells.map((c) => Number(c.text)), rAt(R.pfs_by_class[code]!, ticks), label);
    assert.deepEqual(cells.map((c) => c.x), tickX, `${label}: numbers under the ticks`);
    assert.equal(new Set(cells.map((c) => c.y)).size, 1, `${label}: one row`);
  });
});
