/**
 * A figure's SVG as a PNG for print, because journals ask for raster files of at least 300 dpi
 * besides the vector ones.
 *
 * Decisions:
 * - Renderer: resvg compiled to WebAssembly (`@resvg/resvg-wasm`), whose output is byte-identical
 *   from run to run. The wasm and the fonts are imported as bytes, so rendering needs no file, env
 *   or ffi permission; the wasm is instantiated once, when this module is first imported.
 * - Font: resvg sees no system fonts here and silently drops text it has no font for, so DejaVu
 *   Sans (regular and bold, from the `dejavu-fonts-ttf` package; Bitstream Vera licence, DejaVu
 *   changes public domain) is embedded. The figures ask for `Arial, Helvetica, 'DejaVu Sans',
 *   sans-serif`; neither Arial nor Helvetica is loaded, so every text resolves to DejaVu Sans,
 *   which is also the face whose widths the layout assumes (`text_width.ts`). It is the default
 *   and the `sans-serif` family too, so a text naming any other face still gets drawn.
 * - Size: one SVG px prints as {@linkcode MILLIMETRES_PER_PX} mm. The PNG's width in pixels is the
 *   figure's physical width at `dpi`, rounded (680 px = 175 mm = 2067 px at 300 dpi, a zoom of
 *   2067 / 680 = 3.04); the height follows the SVG's aspect ratio. The dpi is written into the file
 *   (`pHYs`), so layout software places it at 175 mm wide.
 *
 * @module
 */

import { initWasm, Resvg } from "@resvg/resvg-wasm";
import wasm from "@resvg/resvg-wasm/index_bg.wasm" with { type: "bytes" };
import dejaVuSans from "dejavu-fonts-ttf/ttf/DejaVuSans.ttf" with { type: "bytes" };
import dejaVuSansBold from "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf" with { type: "bytes" };
import { withPixelDensity } from "./png_chunks.ts";
import { PX_PER_MM } from "./print_size.ts";

/**
 * Millimetres per SVG px in print (`print_size.ts`: a 175 mm double column is drawn 680 px wide),
 * for an SVG whose print width is not given.
 */
export const MILLIMETRES_PER_PX = 1 / PX_PER_MM;

const MILLIMETRES_PER_INCH = 25.4;
const EMBEDDED_FAMILY = "DejaVu Sans";

await initWasm(wasm);

/**
 * Renders `svg` as a PNG at `dpi`, with the dpi recorded in the file: as wide as `widthMm` (the
 * figure's print width) at that dpi, or as its px width in print when no width is given.
 */
export function renderPng(svg: string, options: { dpi: number; widthMm?: number }): Uint8Array {
  const width = options.widthMm === undefined
    ? pngWidth(svgWidth(svg), options.dpi)
    : Math.round(options.widthMm / MILLIMETRES_PER_INCH * options.dpi);
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    font: {
      fontBuffers: [dejaVuSans, dejaVuSansBold],
      defaultFontFamily: EMBEDDED_FAMILY,
      sansSerifFamily: EMBEDDED_FAMILY,
    },
  });
  try {
    const image = resvg.render();
    try {
      return withPixelDensity(image.asPng(), options.dpi);
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}

/**
 * Width in pixels of a figure `svgWidthPx` px wide printed at `dpi`: its physical width in inches
 * times the dpi, rounded to the nearest pixel.
 *
 * @example A double-column figure at 300 dpi
 * ```ts
 * import assert from "node:assert/strict";
 * import { pngWidth } from "./png.ts";
 * assert.equal(pngWidth(680, 300), 2067); // 175 mm = 6.89 in
 * ```
 */
export function pngWidth(svgWidthPx: number, dpi: number): number {
  if (!(Number.isFinite(dpi) && dpi > 0)) {
    throw new RangeError(`Expected dpi to be a number greater than 0 but found ${dpi}`);
  }
  return Math.round((svgWidthPx * MILLIMETRES_PER_PX) / MILLIMETRES_PER_INCH * dpi);
}

/** The `width` of the root `<svg>` element, in px (a bare number or one ending in "px"). */
function svgWidth(svg: string): number {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0];
  if (root === undefined) throw new TypeError("Expected an SVG document but found no <svg> tag");
  const width = /\swidth="([^"]*)"/.exec(root)?.[1];
  const match = /^(\d+(?:\.\d+)?)(px)?$/.exec(width ?? "");
  if (match === null || Number(match[1]) <= 0) {
    throw new TypeError(
      `Expected the root <svg> to have a width in px but found ${
        width === undefined ? "none" : `"${width}"`
      }`,
    );
  }
  return Number(match[1]);
}
