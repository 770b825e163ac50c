import assert from "node:assert/strict";
import { renumberPlotIds } from "../../pipeline/figures/_common/ids.ts";

Deno.test("renumberPlotIds numbers each kind from 1 in order of first appearance", () => {
  const svg = '<clipPath id="plot-clip-7"/><g clip-path="url(#plot-clip-7)"/>' +
    '<marker id="plot-marker-12"/><clipPath id="plot-clip-3"/><path marker-end="url(#plot-marker-12)"/>' +
    '<g clip-path="url(#plot-clip-3)"/>';
  assert.equal(
    renumberPlotIds(svg),
    '<clipPath id="plot-clip-1"/><g clip-path="url(#plot-clip-1)"/>' +
      '<marker id="plot-marker-1"/><clipPath id="plot-clip-2"/><path marker-end="url(#plot-marker-1)"/>' +
      '<g clip-path="url(#plot-clip-2)"/>',
  );
});

Deno.test("renumberPlotIds keeps the suffix of pattern children and leaves Plot's class alone", () => {
  const svg =
    '<svg class="plot-d6a7b5"><pattern id="plot-pattern-4-0"/><pattern id="plot-pattern-4-1"/>' +
    '<rect fill="url(#plot-pattern-4-1)"/></svg>';
  assert.equal(
    renumberPlotIds(svg),
    '<svg class="plot-d6a7b5"><pattern id="plot-pattern-1-0"/><pattern id="plot-pattern-1-1"/>' +
      '<rect fill="url(#plot-pattern-1-1)"/></svg>',
  );
});

Deno.test("renumberPlotIds gives distinct ids distinct numbers (plot-clip-1 and plot-clip-10)", () => {
  const out = renumberPlotIds(
    '<a id="plot-clip-10"/><a id="plot-clip-1"/><a href="#plot-clip-10"/>',
  );
  assert.equal(out, '<a id="plot-clip-1"/><a id="plot-clip-2"/><a href="#plot-clip-1"/>');
});
