import assert from "node:assert/strict";
import { PNG_DPI, renderFigurePngs } from "../../pipeline/figures/figure_files.ts";
import { renderPng } from "../../pipeline/figures/_common/png.ts";
import { figureEntry, pngFileName } from "../../pipeline/figures/_common/figure.ts";
import { readPngChunks } from "../../pipeline/figures/_common/png_chunks.ts";

const figure = {
  file: "overall-survival.svg",
  title: "Overall survival",
  caption: ["Kaplan–Meier estimate."],
  alt: "A survival curve.",
  widthMm: 175,
  svg:
    '<svg xmlns="http://www.w3.org/2000/svg" width="680" height="40"><text y="20">OS</text></svg>\n',
};

Deno.test("a figure's PNG is named after its SVG, and any other file name is refused", () => {
  assert.equal(pngFileName("swimmer.svg"), "swimmer.png");
  assert.equal(pngFileName("a.svg.svg"), "a.svg.png");
  assert.throws(() => pngFileName("swimmer.png"), /ending in \.svg but found "swimmer\.png"/);
});

Deno.test("a figure's index entry names its SVG and its PNG, then everything but the SVG text", () => {
  assert.deepEqual(figureEntry(figure), {
    file: "overall-survival.svg",
    png: "overall-survival.png",
    title: "Overall survival",
    caption: ["Kaplan–Meier estimate."],
    alt: "A survival curve.",
    widthMm: 175,
  });
});

Deno.test("figures' PNGs come back in figure order, each the render of its own SVG", async () => {
  const narrow = { ...figure, file: "narrow.svg", widthMm: 85 };
  const pngs = await renderFigurePngs([figure, narrow, figure], 2);
  assert.equal(PNG_DPI, 300);
  assert.equal(pngs.length, 3);
  assert.deepEqual(pngs[0], renderPng(figure.svg, { dpi: 300, widthMm: 175 }));
  assert.deepEqual(pngs[1], renderPng(figure.svg, { dpi: 300, widthMm: 85 }));
  assert.deepEqual(pngs[2], pngs[0]);
  const types = readPngChunks(pngs[1]!).map((c) => c.type);
  assert.deepEqual(types.slice(0, 2), ["IHDR", "pHYs"]);
});

Deno.test("a figure whose PNG cannot be rendered is named in the error", async () => {
  const broken = { ...figure, file: "broken.svg", svg: "<html></html>" };
  await assert.rejects(() => renderFigurePngs([figure, broken]), /the PNG of broken\.svg failed/);
});
