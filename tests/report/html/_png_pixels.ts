/**
 * Reads the pixels of a PNG (8 bits per channel, RGB or RGBA, not interlaced: what Chromium's
 * screenshots are), so that a test can tell a blank screen from a rendered one. PNG: a signature,
 * then chunks; the image is the zlib stream of the IDAT chunks, one filter byte before each row
 * (W3C PNG specification, sections 5, 7 and 9).
 */

import { unzlibSync } from "fflate";

/** A decoded image: RGBA bytes, row after row. */
export interface Pixels {
  width: number;
  height: number;
  rgba: Uint8Array;
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

/** The pixels of `png`; throws a RangeError naming what it cannot read. */
export function decodePng(png: Uint8Array): Pixels {
  if (!SIGNATURE.every((b, i) => png[i] === b)) throw new RangeError("Expected a PNG signature");
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let width = 0, height = 0, colourType = -1;
  const data: Uint8Array[] = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === "IHDR") {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      const [depth, colour, , , interlace] = body.subarray(8);
      if (depth !== 8 || (colour !== 2 && colour !== 6) || interlace !== 0) {
        throw new RangeError(
          `Expected 8-bit RGB or RGBA without interlacing but found depth ${depth}, colour type ` +
            `${colour}, interlace ${interlace}`,
        );
      }
      colourType = colour;
    } else if (type === "IDAT") data.push(body);
    else if (type === "IEND") break;
    at += 12 + length;
  }
  const channels = colourType === 6 ? 4 : 3;
  const stride = width * channels;
  const raw = unzlibSync(concat(data));
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = rows.subarray(y * stride, (y + 1) * stride);
    const up = y === 0 ? new Uint8Array(stride) : rows.subarray((y - 1) * stride, y * stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[x - channels]! : 0;
      const b = up[x]!;
      const c = x >= channels ? up[x - channels]! : 0;
      out[x] = (line[x]! + predictor(filter, a, b, c)) & 255;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    for (let k = 0; k < 3; k++) rgba[i * 4 + k] = rows[i * channels + k]!;
    rgba[i * 4 + 3] = channels === 4 ? rows[i * channels + 3]! : 255;
  }
  return { width, height, rgba };
}

/** The byte a filter adds back: none, sub, up, average, Paeth. */
function predictor(filter: number, a: number, b: number, c: number): number {
  switch (filter) {
    case 0:
      return 0;
    case 1:
      return a;
    case 2:
      return b;
    case 3:
      return (a + b) >> 1;
    case 4: {
      const p = a + b - c;
      const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
    default:
      throw new RangeError(`Expected a PNG row filter from 0 to 4 but found ${filter}`);
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The share of pixels that are not the background (the top-left pixel's colour). */
export function inkShare({ width, height, rgba }: Pixels): number {
  let ink = 0;
  for (let i = 0; i < width * height; i++) {
    if (
      rgba[i * 4] !== rgba[0] || rgba[i * 4 + 1] !== rgba[1] || rgba[i * 4 + 2] !== rgba[2]
    ) ink++;
  }
  return ink / (width * height);
}
