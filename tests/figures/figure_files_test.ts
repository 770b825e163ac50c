import assert from "node:assert/strict";
import {
  figureFiles,
  indexEntry,
  PNG_DPI,
  pngFileName,
} from "../../pipeline/figures/figure_files.ts";
import { readPngChunks } from "../../pipeline/figures/_common/png_chunks.ts";

const figure = {
  file: "overall-survival.svg",
  title: "Overall survival",
  caption: "Kaplan–Meier estimate.",
  svg:
    '<svg xmlns="http://www.w3.org/2000/svg" width="680" height="40"><text y="20">OS</text></svg>\n',
};

Deno.test("a figure's PNG is named after its SVG, and any other file name is refused", () => {
  assert.equal(pngFileName("swimmer.svg"), "swimmer.png");
  assert.equal(pngFileName("a.svg.svg"), "a.svg.png");
  assert.throws(() => pngFileName("swimmer.png"), /ending in \.svg but found "swimmer\.png"/);
});

Deno.test("a figure's index entry names its SVG and its PNG, then its title and caption", () => {
  assert.deepEqual(indexEntry(figure), {
    file: "overall-survival.svg",
    png: "overall-survival.png",
    title: "Overall survival",
    caption: "Kaplan–Meier estimate.",
  });
  assert.deepEqual(Object.keys(indexEntry(figure)), ["file", "png", "title", "caption"]);
});

Deno.test("a figure is written as its SVG text and a PNG of it at 300 dpi", () => {
  const [svg, png] = figureFiles(figure);
  assert.deepEqual(svg, { name: "overall-survival.svg", data: figure.svg });
  assert.equal(png?.name, "overall-survival.png");
  assert.ok(png?.data instanceof Uint8Array);
  assert.equal(PNG_DPI, 300);
  const types = readPngChunks(png.data).map((c) => c.type);
  assert.deepEqual(types.slice(0, 2), ["IHDR", "pHYs"]);
});
