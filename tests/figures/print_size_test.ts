import assert from "node:assert/strict";
import {
  COLUMN_WIDTHS_MM,
  MIN_PRINTED_PT,
  printedPoints,
  printSize,
} from "../../pipeline/figures/_common/print_size.ts";
import { drawFigures } from "../../pipeline/figures/draw_figures.ts";
import { cohortInputs, parseSvg } from "./_helpers.ts";

Deno.test("printSize draws a column at 680 px per 175 mm: 330 px for 85 mm, 680 px for 175 mm", () => {
  assert.deepEqual(printSize("single"), { column: "single", widthMm: 85, width: 330 });
  assert.deepEqual(printSize("double"), { column: "double", widthMm: 175, width: 680 });
  // 12 px × 175 mm / 680 px = 3.088 mm = 8.75 pt (1 pt = 25.4 / 72 mm).
  assert.ok(Math.abs(printedPoints(12, printSize("double")) - 8.754) < 1e-3);
  assert.ok(Math.abs(printedPoints(12, printSize("single")) - 8.762) < 1e-3);
  // The same 12 px in a 680 px drawing printed in a single column: 4.25 pt.
  assert.ok(Math.abs(printedPoints(12, { width: 680, widthMm: 85 }) - 4.252) < 1e-3);
  assert.throws(() => printSize("triple" as "single"), RangeError);
});

/**
 * The font size in pixels that applies to `text`: the nearest of itself and its ancestors that
 * sets one, a `style` declaration before the attribute (CSS beats a presentation attribute).
 */
function fontSize(text: Element): number {
  for (let e: Element | null = text; e !== null; e = e.parentElement) {
    const style = /font-size:\s*([\d.]+)px/.exec(e.getAttribute("style") ?? "");
    if (style) return Number(style[1]);
    const attribute = e.getAttribute("font-size");
    if (attribute !== null) return Number(attribute);
  }
  throw new Error(`no font size applies to "${text.textContent}"`);
}

Deno.test("every figure is drawn for a column's width, and all its text prints at 7 pt or more there", async () => {
  const figures = drawFigures(await cohortInputs());
  const columns = new Set<number>();
  for (const figure of figures) {
    const column = (Object.keys(COLUMN_WIDTHS_MM) as (keyof typeof COLUMN_WIDTHS_MM)[])
      .find((c) => COLUMN_WIDTHS_MM[c] === figure.widthMm);
    if (column === undefined) {
      assert.fail(`${figure.file}: ${figure.widthMm} mm is no column width`);
    }
    const size = printSize(column);
    columns.add(figure.widthMm);
    const root = parseSvg(figure.svg).documentElement;
    assert.equal(Number(root.getAttribute("width")), size.width, figure.file);
    // No panel is scaled: each nested drawing is as wide as its own coordinates.
    for (const panel of root.querySelectorAll("svg[viewBox]")) {
      const viewWidth = Number(panel.getAttribute("viewBox")!.split(" ")[2]);
      assert.equal(
        Number(panel.getAttribute("width")),
        viewWidth,
        `${figure.file}: a scaled panel`,
      );
    }
    const texts = [...root.querySelectorAll("text")];
    assert.ok(texts.length > 0, figure.file);
    for (const text of texts) {
      const points = printedPoints(fontSize(text), size);
      assert.ok(
        points >= MIN_PRINTED_PT,
        `${figure.file}: "${text.textContent}" prints at ${points.toFixed(1)} pt`,
      );
    }
  }
  assert.deepEqual(
    [...columns].toSorted((a, b) => a - b),
    [85, 175],
    "figures use both column widths",
  );
});

Deno.test("no title is drawn inside a figure: the title is its SVG <title> and its caption's", async () => {
  for (const figure of drawFigures(await cohortInputs())) {
    const root = parseSvg(figure.svg).documentElement;
    assert.equal(root.querySelector("title")?.textContent, figure.title);
    const drawn = [...root.querySelectorAll("text")].map((t) => t.textContent);
    assert.ok(!drawn.includes(figure.title), `${figure.file} draws its title`);
  }
});
