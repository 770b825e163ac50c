import assert from "node:assert/strict";
import { drawResponseBars } from "../../pipeline/figures/response_bars/mod.ts";
import { cohortInputs, markTexts, parseSvg } from "./_helpers.ts";

Deno.test("the response bars total every line once, largest regimen first", async () => {
  const { courses, labels, numbers } = await cohortInputs();
  const lines = courses.flatMap((c) => c.lines);
  const svg = parseSvg(drawResponseBars(labels.regimen, numbers).svg);
  const totals = markTexts(svg, "regimen totals").map((t) => Number(t.text.replace("n = ", "")));
  assert.equal(totals.reduce((a, b) => a + b, 0), lines.length);
  assert.deepEqual(totals, totals.toSorted((a, b) => b - a));
  const regimens = new Set(lines.map((l) => l.regimen));
  assert.equal(totals.length, regimens.size);
});

Deno.test("each response part's tooltip counts the lines of that regimen and response", async () => {
  const { courses, labels, numbers } = await cohortInputs();
  const lines = courses.flatMap((c) => c.lines);
  const svg = parseSvg(drawResponseBars(labels.regimen, numbers).svg);
  const parts = [...svg.querySelectorAll('g[aria-description="response parts"] title')]
    .map((t) => t.textContent ?? "");
  const byLabel = new Map(Object.entries(labels.regimen).map(([code, label]) => [label, code]));
  let total = 0;
  for (const part of parts) {
    const [, label, response, n] = /^(.*): (CR|PR|SD|PD|NE) (\d+)$/.exec(part) ?? [];
    const expected = lines.filter((l) =>
      l.regimen === byLabel.get(label!) && l.best.response === response
    ).length;
    assert.equal(Number(n), expected, part);
    total += expected;
  }
  assert.equal(total, lines.length);
});
