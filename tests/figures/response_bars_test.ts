import assert from "node:assert/strict";
import { plainText } from "../../pipeline/_shared/prose/inline.ts";
import { drawResponseBars } from "../../pipeline/figures/response_bars/mod.ts";
import { regimenTable } from "../../pipeline/report/tables/response_tables.ts";
import { cohortInputs, markTexts, parseSvg } from "./_helpers.ts";

const END = /^n = (\d+); ORR (\d+)%, DCR (\d+)%$/;

Deno.test("the response bars total every line once, one bar per regimen in Table 2's order", async () => {
  const { courses, labels, numbers } = await cohortInputs();
  const lines = courses.flatMap((c) => c.lines);
  const svg = parseSvg(drawResponseBars(labels.regimen, numbers).svg);
  const ends = markTexts(svg, "regimen totals");
  const totals = ends.map((t) => Number(END.exec(t.text)?.[1]));
  assert.equal(totals.reduce((a, b) => a + b, 0), lines.length);
  assert.equal(totals.length, new Set(lines.map((l) => l.regimen)).size);
  // Top to bottom as Table 2 lists its regimens (its last row is all lines).
  const tableOrder = regimenTable(numbers, labels).rows.slice(0, -1).map((r) => plainText(r[0]!));
  const barOrder = [...svg.querySelectorAll('g[aria-label="y-axis tick label"] text')]
    .map((t) => t.textContent);
  assert.deepEqual(barOrder, tableOrder);
  const heights = ends.map((t) => t.y);
  assert.deepEqual(heights, heights.toSorted((a, b) => a - b), "one total per bar, top down");
});

Deno.test("each bar ends with its regimen's ORR and DCR in percent, as stats.json has them", async () => {
  const { labels, numbers, stats } = await cohortInputs();
  const svg = parseSvg(drawResponseBars(labels.regimen, numbers).svg);
  const ends = markTexts(svg, "regimen totals").map((t) => END.exec(t.text)!.slice(1).map(Number));
  const expected = Object.values(stats.response.by_regimen).map((r) => [
    r.lines,
    r.orr.pct,
    r.dcr.pct,
  ]);
  assert.deepEqual(ends, expected);
  assert.ok(ends.some(([, orr]) => orr! > 0), "the fixture has a regimen with a response");
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
