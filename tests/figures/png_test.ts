import assert from "node:assert/strict";
import { FONT_FAMILY } from "../../pipeline/figures/_common/document.ts";
import { MILLIMETRES_PER_PX, pngWidth, renderPng } from "../../pipeline/figures/_common/png.ts";
import { darkPixels, decodePng } from "./_png.ts";
import { GOLDEN } from "./_golden.ts";

/** A white SVG `height` px high and 680 px wide (a double column), with `body` drawn on it. */
function page(body: string, height = 60): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="680" height="${height}">` +
    `<rect width="680" height="${height}" fill="white"/>${body}</svg>`;
}

const text = (family: string, weight = "normal") =>
  `<text x="10" y="40" font-family="${family}" font-size="24" font-weight="${weight}">` +
  "Median 15.0 months (95% CI 3.0–27.0)</text>";

Deno.test("a 680 px figure becomes a 2067 px PNG at 300 dpi, 175 mm wide in print", () => {
  assert.ok(Math.abs(680 * MILLIMETRES_PER_PX - 175) < 1e-9);
  for (const [height, expected] of [[100, 304], [464, 1410]]) {
    // Height follows the aspect ratio, rounded: 100 × 2067/680 = 303.97, 464 × 2067/680 = 1410.42.
    const image = decodePng(renderPng(page("", height), { dpi: 300 }));
    assert.deepEqual([image.width, image.height], [2067, expected]);
    assert.deepEqual(image.pixelsPerMetre, { x: 11811, y: 11811, unit: 1 });
  }
  const at600 = decodePng(renderPng(page(""), { dpi: 600 }));
  assert.deepEqual([at600.width, at600.pixelsPerMetre?.x], [4134, 23622]);
  assert.equal(pngWidth(340, 300), 1033); // half the width: 87.5 mm = 1033.46 px
});

Deno.test("each part of the SVG lands where it was drawn, scaled by 2067 / 680", () => {
  const image = decodePng(renderPng(page('<rect width="340" height="60" fill="#D55E00"/>'), {
    dpi: 300,
  }));
  const pixel = (
    x: number,
    y: number,
  ) => [...image.rgba.subarray((y * 2067 + x) * 4, (y * 2067 + x + 1) * 4)];
  assert.deepEqual(pixel(0, 0), [0xd5, 0x5e, 0x00, 255]);
  assert.deepEqual(pixel(1030, 100), [0xd5, 0x5e, 0x00, 255]); // 340 px × 2067 / 680 = 1033.5
  assert.deepEqual(pixel(1037, 100), [255, 255, 255, 255]);
  assert.deepEqual(pixel(2066, 181), [255, 255, 255, 255]);
});

Deno.test("rendering the same figure twice gives identical bytes", () => {
  const svg = Deno.readTextFileSync(`${GOLDEN}/overall-survival.svg`);
  const first = renderPng(svg, { dpi: 300 });
  assert.deepEqual(renderPng(svg, { dpi: 300 }), first);
  assert.ok(first.length > 50_000, `a whole figure, not a blank page (${first.length} bytes)`);
});

Deno.test("text is drawn: a text element darkens pixels, and without it the image is blank", () => {
  const withText = renderPng(page(text(FONT_FAMILY)), { dpi: 300 });
  const blank = renderPng(page(""), { dpi: 300 });
  assert.notDeepEqual(withText, blank);
  assert.ok(darkPixels(decodePng(withText)) > 2000, "the glyphs cover thousands of pixels");
  assert.equal(darkPixels(decodePng(blank)), 0);
});

Deno.test("the figures' font stack, sans-serif and an absent face all resolve to the embedded DejaVu Sans", () => {
  const dejaVu = renderPng(page(text("DejaVu Sans")), { dpi: 300 });
  assert.ok(darkPixels(decodePng(dejaVu)) > 2000, "DejaVu Sans itself is drawn");
  for (const family of [FONT_FAMILY, "sans-serif", "No Such Face"]) {
    assert.deepEqual(renderPng(page(text(family)), { dpi: 300 }), dejaVu, family);
  }
});

Deno.test("bold text is set in the embedded bold face, darker than the regular one", () => {
  const regular = darkPixels(decodePng(renderPng(page(text(FONT_FAMILY)), { dpi: 300 })));
  const bold = darkPixels(decodePng(renderPng(page(text(FONT_FAMILY, "bold")), { dpi: 300 })));
  assert.ok(bold > regular * 1.2, `bold ${bold} dark pixels, regular ${regular}`);
});

Deno.test("renderPng refuses an SVG without a width in px, saying what it found", () => {
  assert.throws(
    () => renderPng('<svg xmlns="http://www.w3.org/2000/svg" width="100%"/>', { dpi: 300 }),
    /Expected the root <svg> to have a width in px but found "100%"/,
  );
  assert.throws(() => renderPng("<g/>", { dpi: 300 }), /no <svg> tag/);
  assert.throws(() => renderPng(page(""), { dpi: 0 }), RangeError);
});

Deno.test("a single-column figure is 85 mm at 300 dpi whatever its px width", () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="330" height="100"></svg>';
  const png = renderPng(svg, { dpi: 300, widthMm: 85 });
  assert.equal(new DataView(png.buffer, png.byteOffset).getUint32(16), 1004);
});
