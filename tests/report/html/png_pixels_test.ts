/** The screenshot reader of the browser test, on a PNG built by hand. */

import assert from "node:assert/strict";
import { zlibSync } from "fflate";
import { decodePng, inkShare } from "./_png_pixels.ts";

/** A PNG of `width` x `height` 8-bit RGB pixels from already filtered rows (CRCs left at 0). */
function png(width: number, height: number, filteredRows: number[][], depth = 8): Uint8Array {
  const chunk = (type: string, body: Uint8Array) => {
    const out = new Uint8Array(12 + body.length);
    new DataView(out.buffer).setUint32(0, body.length);
    out.set([...type].map((c) => c.charCodeAt(0)), 4);
    out.set(body, 8);
    return out;
  };
  const header = new Uint8Array(13);
  new DataView(header.buffer).setUint32(0, width);
  new DataView(header.buffer).setUint32(4, height);
  header.set([depth, 2, 0, 0, 0], 8);
  const parts = [
    new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", zlibSync(new Uint8Array(filteredRows.flat()))),
    chunk("IEND", new Uint8Array()),
  ];
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (bytes.set(p, at), at + p.length), 0);
  return bytes;
}

Deno.test("decodePng undoes the sub, up, average and Paeth filters (hand-computed rows)", () => {
  // Pixels, row by row: (10,20,30) (20,30,40) | (11,22,33) (0,0,0) | (12,24,36) (30,30,30) |
  // (12,24,36) (12,24,36). Filtered bytes, modulo 256:
  //   sub:     first pixel as is; 20-10, 30-20, 40-30 = 10, 10, 10
  //   up:      11-10, 22-20, 33-30 = 1, 2, 3; 0-20, 0-30, 0-40 = 236, 226, 216
  //   average: 12-floor(11/2) = 7, 24-11 = 13, 36-16 = 20; then left (12,24,36) and up (0,0,0):
  //            30-floor(12/2) = 24, 30-floor(24/2) = 18, 30-floor(36/2) = 12
  //   Paeth:   first pixel predicts up (a = c = 0): 0, 0, 0; second: p = a + b - c = 30 in each
  //            channel, nearest is b = 30: 12-30 = 238, 24-30 = 250, 36-30 = 6
  const image = decodePng(png(2, 4, [
    [1, 10, 20, 30, 10, 10, 10],
    [2, 1, 2, 3, 236, 226, 216],
    [3, 7, 13, 20, 24, 18, 12],
    [4, 0, 0, 0, 238, 250, 6],
  ]));
  assert.equal(image.width, 2);
  assert.equal(image.height, 4);
  assert.deepEqual([...image.rgba], [
    ...[10, 20, 30, 255, 20, 30, 40, 255],
    ...[11, 22, 33, 255, 0, 0, 0, 255],
    ...[12, 24, 36, 255, 30, 30, 30, 255],
    ...[12, 24, 36, 255, 12, 24, 36, 255],
  ]);
  assert.equal(inkShare(image), 7 / 8);
});

Deno.test("inkShare of a screen of one colour is 0", () => {
  assert.equal(inkShare(decodePng(png(2, 1, [[0, 255, 255, 255, 255, 255, 255]]))), 0);
});

Deno.test("decodePng names what it cannot read", () => {
  assert.throws(() => decodePng(new Uint8Array([1, 2, 3])), /Expected a PNG signature/);
  assert.throws(
    () => decodePng(png(1, 1, [[0, 0, 0, 0, 0, 0, 0]], 16)),
    /Expected 8-bit RGB or RGBA without interlacing but found depth 16/,
  );
});
