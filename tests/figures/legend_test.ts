import assert from "node:assert/strict";
import { FONT_SIZE } from "../../pipeline/figures/_common/document.ts";
import { layoutLegend, type LegendItem } from "../../pipeline/figures/_common/legend.ts";
import { textWidth, wrapText } from "../../pipeline/figures/_common/text_width.ts";

const items: LegendItem[] = [
  "Doxorubicin",
  "Doxorubicin + ifosfamide",
  "VEGFR tyrosine kinase inhibitor",
  "Gemcitabine + docetaxel",
  "Pembrolizumab",
  "Other regimens",
  "Follow-up off a line or after progression",
].map((label) => ({ key: { kind: "swatch", colour: "#000000" }, label }));

Deno.test("layoutLegend wraps items into rows that neither overlap nor pass the right edge", () => {
  for (const width of [330, 680]) {
    const { placed, rows } = layoutLegend(items, { left: 8, width });
    assert.ok(rows >= 2, `these labels need more than one row at ${width} px`);
    for (const [i, item] of placed.entries()) {
      const right = item.x + 23 + textWidth(item.label, FONT_SIZE);
      assert.ok(right <= width - 8, `${item.label} ends at ${right} of ${width}`);
      const next = placed[i + 1];
      if (next && next.y === item.y) {
        assert.ok(next.x > right, `${next.label} overlaps ${item.label}`);
      }
    }
  }
});

Deno.test("wrapText breaks at spaces within the width and keeps every word", () => {
  const text = "First line for advanced disease outside the study period: 1";
  const lines = wrapText(text, 12, 200);
  assert.ok(lines.length > 1);
  for (const line of lines) assert.ok(textWidth(line, 12) <= 200 || !line.includes(" "), line);
  assert.equal(lines.join(" "), text);
});
