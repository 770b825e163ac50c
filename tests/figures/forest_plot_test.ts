import assert from "node:assert/strict";
import { forestRows } from "../../pipeline/figures/forest_plot/rows.ts";
import { drawForestPlot } from "../../pipeline/figures/forest_plot/mod.ts";
import { cohortInputs, parseSvg } from "./_helpers.ts";

Deno.test("the forest plot has a heading per characteristic and a row per level, references at 1", async () => {
  const { numbers, stats } = await cohortInputs();
  const rows = forestRows(numbers);
  const comparisons = stats.comparative.os;
  assert.equal(rows.filter((r) => r.heading).length, Object.keys(comparisons).length);
  for (const [factor, c] of Object.entries(comparisons)) {
    const reference = rows.find((r) => r.key === `${factor}.${c.reference}`);
    assert.equal(reference?.reference, true, factor);
    assert.equal(reference?.text, "reference");
    for (const [level, hr] of Object.entries(c.cox?.hazard_ratios ?? {})) {
      const row = rows.find((r) => r.key === `${factor}.${level}`)!;
      assert.equal(row.hr, hr.hr, `${factor} ${level}`);
      assert.equal(row.lower, hr.lower);
      assert.equal(row.upper, hr.upper);
    }
  }
});

Deno.test("the forest plot draws one square per estimable ratio and one open square per reference", async () => {
  const { numbers } = await cohortInputs();
  const rows = forestRows(numbers);
  const svg = parseSvg(drawForestPlot(numbers).svg);
  const count = (description: string) =>
    svg.querySelectorAll(`g[aria-description="${description}"] path`).length;
  assert.equal(count("hazard ratios"), rows.filter((r) => r.hr !== null).length);
  assert.equal(count("reference levels"), rows.filter((r) => r.reference).length);
  const values = [...svg.querySelectorAll('g[aria-description="hazard ratio values"] text')]
    .map((t) => t.textContent);
  assert.deepEqual(values, rows.filter((r) => !r.heading).map((r) => r.text));
});
