/**
 * The few PNG chunk operations the figures need: list a file's chunks and state its print
 * resolution in a `pHYs` chunk. The SVG renderer writes only IHDR, IDAT and IEND, so without a
 * `pHYs` chunk layout software would place a 2067 px figure at 72 or 96 dpi (about 55–73 cm wide)
 * instead of the 175 mm it is drawn for.
 *
 * Format: PNG specification (W3C, 3rd edition), sections 5.3 (chunk layout: length, type, data,
 * CRC-32 of type and data) and 11.3.5.3 (`pHYs`: pixels per unit on x and y, unit 1 = metre,
 * placed before the first IDAT).
 *
 * @module
 */

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
const INCHES_PER_METRE = 1 / 0.0254;

/** One chunk of a PNG file: its four-letter type and its data. */
export interface PngChunk {
  type: string;
  data: Uint8Array;
}

/**
 * `png` with one `pHYs` chunk stating `dpi` on both axes (in pixels per metre, rounded), placed
 * right after IHDR; any `pHYs` chunk already present is replaced. The image data are untouched.
 */
export function withPixelDensity(png: Uint8Array, dpi: number): Uint8Array {
  const chunks = readPngChunks(png);
  if (chunks[0]?.type !== "IHDR") {
    throw new TypeError(`Expected IHDR as the first PNG chunk but found ${chunks[0]?.type}`);
  }
  const density = pixelsPerMetre(dpi);
  const data = new Uint8Array(9);
  const view = new DataView(data.buffer);
  view.setUint32(0, density);
  view.setUint32(4, density);
  data[8] = 1; // unit: metre
  const kept = chunks.filter((c) => c.type !== "pHYs");
  return writePng([kept[0]!, { type: "pHYs", data }, ...kept.slice(1)]);
}

/**
 * Pixels per metre for `dpi` dots per inch, rounded to an integer as `pHYs` stores it.
 *
 * @example 300 dpi is 11811 pixels per metre
 * ```ts
 * import assert from "node:assert/strict";
 * import { pixelsPerMetre } from "./png_chunks.ts";
 * assert.equal(pixelsPerMetre(300), 11811);
 * ```
 */
export function pixelsPerMetre(dpi: number): number {
  if (!(Number.isFinite(dpi) && dpi > 0)) {
    throw new RangeError(`Expected dpi to be a number greater than 0 but found ${dpi}`);
  }
  return Math.round(dpi * INCHES_PER_METRE);
}

/** The chunks of `png`, in file order; throws on a bad signature, a truncated chunk or a bad CRC. */
export function readPngChunks(png: Uint8Array): PngChunk[] {
  if (!SIGNATURE.every((byte, i) => png[i] === byte)) {
    throw new TypeError("Expected a PNG file but found no PNG signature in the first 8 bytes");
  }
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: PngChunk[] = [];
  let offset = SIGNATURE.length;
  while (offset < png.length) {
    if (offset + 12 > png.length) throw new RangeError(`PNG truncated at byte ${offset}`);
    const length = view.getUint32(offset);
    const end = offset + 8 + length;
    if (end + 4 > png.length) {
      throw new RangeError(
        `PNG chunk at byte ${offset} claims ${length} bytes; the file ends first`,
      );
    }
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    const stored = view.getUint32(end);
    const computed = crc32(png.subarray(offset + 4, end));
    if (stored !== computed) {
      throw new RangeError(
        `PNG chunk ${type} at byte ${offset}: CRC ${hex(stored)} found, ${hex(computed)} expected`,
      );
    }
    chunks.push({ type, data: png.slice(offset + 8, end) });
    offset = end + 4;
  }
  return chunks;
}

/** A PNG file made of `chunks`, each with its length and CRC. */
export function writePng(chunks: readonly PngChunk[]): Uint8Array {
  const size = SIGNATURE.length + chunks.reduce((n, c) => n + 12 + c.data.length, 0);
  const png = new Uint8Array(size);
  const view = new DataView(png.buffer);
  png.set(SIGNATURE);
  let offset = SIGNATURE.length;
  for (const { type, data } of chunks) {
    if (!/^[A-Za-z]{4}$/.test(type)) {
      throw new TypeError(`Expected a chunk type of four ASCII letters but found "${type}"`);
    }
    view.setUint32(offset, data.length);
    for (let i = 0; i < 4; i++) png[offset + 4 + i] = type.charCodeAt(i);
    png.set(data, offset + 8);
    view.setUint32(
      offset + 8 + data.length,
      crc32(png.subarray(offset + 4, offset + 8 + data.length)),
    );
    offset += 12 + data.length;
  }
  return png;
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (ISO 3309, the one PNG and zlib use) of `bytes`; "123456789" gives 0xCBF43926. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function hex(n: number): string {
  return `0x${n.toString(16).padStart(8, "0")}`;
}
