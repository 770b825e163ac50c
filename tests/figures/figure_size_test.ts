/** The SVG size limit: figures under it pass; one over it is named with its size. */

import assert from "node:assert/strict";
import {
  MAX_FIGURE_SVG_BYTES,
  oversizeMessage,
} from "../../pipeline/figures/_common/figure_size.ts";

Deno.test("figures within the SVG limit pass, and one over it is named with its size", () => {
  const small = { file: "a.svg", svg: "<svg/>" };
  assert.equal(oversizeMessage([small]), null);
  // Counted in bytes, not characters: 'é' is two bytes in UTF-8.
  const big = { file: "b.svg", svg: "é".repeat(MAX_FIGURE_SVG_BYTES / 2 + 1) };
  assert.equal(
    oversizeMessage([small, big]),
    `figure over the 1048576-byte limit of an SVG: b.svg (${MAX_FIGURE_SVG_BYTES + 2} bytes). ` +
      "This is a defect of the figure's drawing code (it should draw a selection); please report it.",
  );
});
