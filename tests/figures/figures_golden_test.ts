import assert from "node:assert/strict";
import { drawFigures } from "../../pipeline/figures/draw_figures.ts";
import { indexEntry } from "../../pipeline/figures/figure_files.ts";
import { assertGolden, normalise } from "./_golden.ts";
import { cohortInputs, parseSvg } from "./_helpers.ts";

const FILES = [
  "overall-survival.svg",
  "pfs-by-regimen-class.svg",
  "swimmer.svg",
  "waterfall.svg",
  "best-response-by-regimen.svg",
  "flow-diagram.svg",
];

Deno.test("each figure of the fixture cohort matches its golden SVG", async (t) => {
  const figures = drawFigures(await cohortInputs());
  assert.deepEqual(figures.map((f) => f.file), FILES);
  for (const figure of figures) {
    await t.step(figure.file, () => assertGolden(figure.file, figure.svg));
  }
  const index = figures.map(indexEntry);
  await t.step(
    "index.json",
    () => assertGolden("index.json", JSON.stringify(index, null, 2) + "\n"),
  );
});

Deno.test("each figure is a standalone SVG file: XML with its xmlns, a title and a description", async () => {
  for (const figure of drawFigures(await cohortInputs())) {
    assert.match(figure.svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="680" /);
    assert.ok(figure.svg.endsWith("</svg>\n"), figure.file);
    const root = parseSvg(figure.svg).documentElement;
    assert.equal(root.querySelector("title")?.textContent, figure.title);
    assert.ok((root.querySelector("desc")?.textContent ?? "").length > 0, figure.file);
    assert.doesNotMatch(figure.svg, /&nbsp;/, figure.file);
  }
});

Deno.test("a figure's bytes do not depend on the figures drawn before it in the process", async () => {
  const inputs = await cohortInputs();
  const first = drawFigures(inputs);
  const again = drawFigures(inputs);
  assert.deepEqual(again.map((f) => f.svg), first.map((f) => f.svg));
  // Plot's counters advanced in between, yet each figure's ids run from 1 without gaps.
  for (const figure of again) {
    const ids = [...figure.svg.matchAll(/id="plot-([a-z]+)-(\d+)"/g)];
    for (const kind of new Set(ids.map((m) => m[1]!))) {
      const numbers = ids.filter((m) => m[1] === kind).map((m) => Number(m[2]));
      assert.deepEqual(numbers, numbers.map((_, i) => i + 1), `${figure.file}: ${kind} ids`);
    }
  }
  assert.match(again[0]!.svg, /id="plot-clip-1"/, "the OS figure clips its curve to the frame");
});

Deno.test("normalise rounds long decimals and leaves short ones", () => {
  assert.equal(
    normalise('<path transform="translate(40,95.00000000000001)" x="12.5" y="-0.0001"/>'),
    '<path transform="translate(40,95)" x="12.5" y="0"/>',
  );
  assert.notEqual(normalise('x="95.004"'), normalise('x="95.012"'));
});
