/**
 * Reads back what a PNG figure holds, for the tests: its size, its `pHYs` density and its pixels.
 * A minimal decoder (8-bit RGB or RGBA, not interlaced: what the renderer writes), built on the
 * chunk reader under test and fflate's inflate, with the five scanline filters of the PNG
 * specification (section 9).
 *
 * @module
 */

import { unzlibSync } from "fflate";
import { readPngChunks } from "../../pipeline/figures/_common/png_chunks.ts";

/** A decoded PNG: size, density (pixels per metre, or null without `pHYs`) and RGBA pixels. */
export interface DecodedPng {
  width: number;
  height: number;
  pixelsPerMetre: { x: number; y: number; unit: number } | null;
  rgba: Uint8Array;
}

/** Decodes `png`; throws for formats the renderer does not write. */
export function decodePng(png: Uint8Array): DecodedPng {
  const chunks = readPngChunks(png);
  const header = new DataView(chunks[0]!.data.buffer);
  const [width, height] = [header.getUint32(0), header.getUint32(4)];
  const [depth, colour, interlace] = [header.getUint8(8), header.getUint8(9), header.getUint8(12)];
  if (depth !== 8 || (colour !== 6 && colour !== 2) || interlace !== 0) {
    throw new Error(
      `unsupported PNG: depth ${depth}, colour type ${colour}, interlace ${interlace}`,
    );
  }
  const phys = chunks.find((c) => c.type === "pHYs");
  const physView = phys && new DataView(phys.data.buffer);
  const idat = chunks.filter((c) => c.type === "IDAT").map((c) => c.data);
  const joined = new Uint8Array(idat.reduce((n, d) => n + d.length, 0));
  idat.reduce((offset, d) => (joined.set(d, offset), offset + d.length), 0);
  const channels = colour === 6 ? 4 : 3;
  return {
    width,
    height,
    pixelsPerMetre: physView
      ? { x: physView.getUint32(0), y: physView.getUint32(4), unit: physView.getUint8(8) }
      : null,
    rgba: toRgba(unfilter(unzlibSync(joined), width, height, channels), channels),
  };
}

/** Number of pixels darker than `threshold` on every channel (ignoring alpha). */
export function darkPixels(image: DecodedPng, threshold = 100): number {
  let count = 0;
  for (let i = 0; i < image.rgba.length; i += 4) {
    const [r, g, b, a] = [
      image.rgba[i]!,
      image.rgba[i + 1]!,
      image.rgba[i + 2]!,
      image.rgba[i + 3]!,
    ];
    if (a > 128 && r < threshold && g < threshold && b < threshold) count++;
  }
  return count;
}

function unfilter(data: Uint8Array, width: number, height: number, bpp: number): Uint8Array {
  const stride = width * bpp;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)]!;
    const line = data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[y * stride + x - bpp]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= bpp && y > 0 ? out[(y - 1) * stride + x - bpp]! : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      if (predictor === undefined) throw new Error(`unknown PNG filter ${filter} on row ${y}`);
      out[y * stride + x] = (line[x]! + predictor) & 0xff;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

function toRgba(pixels: Uint8Array, channels: number): Uint8Array {
  if (channels === 4) return pixels;
  const rgba = new Uint8Array((pixels.length / 3) * 4);
  for (let i = 0, j = 0; i < pixels.length; i += 3, j += 4) {
    rgba.set(pixels.subarray(i, i + 3), j);
    rgba[j + 3] = 255;
  }
  return rgba;
}
