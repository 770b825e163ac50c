import assert from "node:assert/strict";
import { drawOverallSurvival } from "../../pipeline/figures/overall_survival/mod.ts";
import { drawPfsByClass } from "../../pipeline/figures/pfs_by_class/mod.ts";
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

Deno.test("the OS risk table shows R's n.risk at each tick, each number under its tick", async () => {
  const { curves, numbers } = await cohortInputs();
  const figure = drawOverallSurvival(curves.os, numbers);
  const svg = parseSvg(figure.svg);
  const ticks = xTickLabels(svg).map(Number);
  const counts = markTexts(svg, "number at risk");
  assert.deepEqual(counts.map((c) => Number(c.text)), rAt(R.os, ticks));
  assert.deepEqual(counts.map((c) => c.x), xTickPositions(svg));
  assert.equal(markTexts(svg, "number at risk label")[0]?.text, "All patients");
});

Deno.test("the PFS risk table has one row per class, R's n.risk under each tick", async () => {
  const { courses, labels, curves, numbers } = await cohortInputs();
  const lines = courses.flatMap((c) => c.lines);
  const figure = drawPfsByClass(curves.pfs_by_class, labels.regimenClass, numbers);
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
