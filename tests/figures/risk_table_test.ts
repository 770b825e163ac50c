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
  // One curve: the table needs no row label, only its heading.
  assert.deepEqual(markTexts(svg, "number at risk label"), []);
  assert.equal(markTexts(svg, "number at risk heading")[0]?.text, "Number at risk");
});

Deno.test("each PFS panel has its class's row of R's n.risk, each number under its panel's tick", async () => {
  const { courses, labels, curves, numbers } = await cohortInputs();
  const lines = courses.flatMap((c) => c.lines);
  const svg = parseSvg(drawPfsByClass(curves.pfs_by_class, labels.regimenClass, numbers).svg);
  const eligible = Object.keys(R.pfs_by_class)
    .filter((code) => lines.filter((l) => l.regimenClass === code).length >= 5);
  const panels = [...svg.querySelectorAll('svg[aria-label^="panel "]')];
  assert.deepEqual(
    panels.map((p) => p.getAttribute("aria-label")!.slice("panel ".length)).toSorted(),
    eligible.toSorted(),
  );
  assert.ok(panels.length >= 2, "the fixture should give at least two PFS panels");
  for (const panel of panels) {
    const code = panel.getAttribute("aria-label")!.slice("panel ".length);
    const ticks = xTickLabels(panel).map(Number);
    const counts = markTexts(panel, "number at risk");
    assert.deepEqual(counts.map((c) => Number(c.text)), rAt(R.pfs_by_class[code]!, ticks), code);
    assert.deepEqual(counts.map((c) => c.x), xTickPositions(panel), `${code}: under the ticks`);
    assert.equal(new Set(counts.map((c) => c.y)).size, 1, `${code}: one row`);
    assert.deepEqual(markTexts(panel, "number at risk label").map((t) => t.text), ["At risk"]);
    const name = markTexts(panel, "panel name").map((t) => t.text).join(" ");
    assert.equal(name, labels.regimenClass[code], "the class's name, wrapped to the panel");
  }
});
