/** Figures inside the one-file report: SVG inlined with ids of their own, other images embedded. */

import assert from "node:assert/strict";
import {
  figureImageHtml,
  figureImages,
  inlineSvg,
} from "../../../pipeline/report/html/figure_image.ts";

const svg = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><defs>' +
  '<clipPath id="plot-clip-1"><rect/></clipPath></defs><g clip-path="url(#plot-clip-1)">' +
  '<use href="#plot-clip-1"/><use href="#elsewhere"/></g></svg>';

Deno.test("two inlined SVGs that share an id each get their own, and their references follow", () => {
  const first = inlineSvg(svg, "Curve", "fig1");
  const second = inlineSvg(svg, "Curve", "fig2");
  assert.match(first, /^<svg role="img" aria-label="Curve" xmlns=/);
  assert.match(first, /id="fig1-plot-clip-1"/);
  assert.match(first, /clip-path="url\(#fig1-plot-clip-1\)"/);
  assert.match(first, /<use href="#fig1-plot-clip-1"\/><use href="#elsewhere"\/>/);
  assert.match(second, /id="fig2-plot-clip-1"/);
  assert.doesNotMatch(first + second, /<\?xml|"plot-clip-1"|#plot-clip-1/);
});

Deno.test("the text alternative is escaped into the label", () => {
  assert.match(
    inlineSvg("<svg></svg>", 'a "b" <c>', "f"),
    /aria-label="a &quot;b&quot; &lt;c&gt;"/,
  );
});

Deno.test("a PNG figure is embedded as a data URL with its alternative text", () => {
  const html = figureImageHtml(
    "curve.png",
    { kind: "bytes", bytes: new Uint8Array([137, 80, 78, 71]) },
    "Curve",
    "fig1",
  );
  assert.equal(html, '<img src="data:image/png;base64,iVBORw==" alt="Curve">');
});

Deno.test("a figure of an unknown kind or without content stops the render, naming it", () => {
  assert.throws(
    () => figureImageHtml("curve.tiff", { kind: "bytes", bytes: new Uint8Array() }, "", "f"),
    /Expected a figure as \.svg or \.png.* but found curve\.tiff/,
  );
  assert.throws(() => inlineSvg("<html></html>", "", "f"), /Expected an SVG document/);
  assert.throws(
    () =>
      figureImages(
        [{ file: "a.svg", png: "a.png", title: "", caption: [], alt: "", widthMm: 85 }],
        {},
      ),
    /Expected the content of figure a\.svg but found none/,
  );
});
