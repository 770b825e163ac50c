import assert from "node:assert/strict";
import zlib from "node:zlib";
import {
  crc32,
  pixelsPerMetre,
  readPngChunks,
  withPixelDensity,
  writePng,
} from "../../pipeline/figures/_common/png_chunks.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

/** A 1×1 PNG made of the given chunks between a real IHDR and IEND (IDAT content is opaque here). */
function tinyPng(...middle: { type: string; data: Uint8Array }[]): Uint8Array {
  const ihdr = new Uint8Array([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
  return writePng([
    { type: "IHDR", data: ihdr },
    ...middle,
    { type: "IDAT", data: bytes("pixels") },
    { type: "IEND", data: new Uint8Array() },
  ]);
}

Deno.test("crc32 gives the CRC-32 check value 0xCBF43926 for the ASCII digits 1 to 9", () => {
  assert.equal(crc32(bytes("123456789")), 0xcbf43926);
  assert.equal(crc32(new Uint8Array()), 0);
});

Deno.test("crc32 agrees with zlib's CRC-32 on seeded random inputs of every length up to 300", () => {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
  for (let length = 0; length <= 300; length++) {
    const input = Uint8Array.from({ length }, next);
    assert.equal(crc32(input), zlib.crc32(input), `length ${length}`);
  }
});

Deno.test("writePng writes the PNG signature and an IEND chunk with its well-known CRC", () => {
  const png = writePng([{ type: "IEND", data: new Uint8Array() }]);
  assert.deepEqual(
    [...png],
    [137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 0, 73, 69, 78, 68, 0xae, 0x42, 0x60, 0x82],
  );
});

Deno.test("readPngChunks reads back what writePng wrote, in order", () => {
  const chunks = readPngChunks(tinyPng({ type: "tEXt", data: bytes("Title\0x") }));
  assert.deepEqual(chunks.map((c) => c.type), ["IHDR", "tEXt", "IDAT", "IEND"]);
  assert.deepEqual(chunks[1]!.data, bytes("Title\0x"));
});

Deno.test("readPngChunks refuses a file without the PNG signature, a bad CRC or a cut chunk", () => {
  assert.throws(() => readPngChunks(bytes("GIF89a...")), /no PNG signature/);
  const corrupt = tinyPng();
  corrupt[corrupt.length - 20]! ^= 1; // a byte of the IDAT data
  assert.throws(
    () => readPngChunks(corrupt),
    /PNG chunk IDAT at byte \d+: CRC 0x[0-9a-f]{8} found/,
  );
  // IHDR ends at byte 33; the IDAT chunk after it takes bytes 33 to 51.
  assert.throws(() => readPngChunks(tinyPng().subarray(0, 40)), /PNG truncated at byte 33/);
  assert.throws(() => readPngChunks(tinyPng().subarray(0, 50)), /claims 6 bytes; the file ends/);
  assert.throws(() => writePng([{ type: "pHY", data: new Uint8Array() }]), /four ASCII letters/);
});

Deno.test("withPixelDensity puts one pHYs chunk of 11811 pixels per metre right after IHDR at 300 dpi", () => {
  const original = tinyPng();
  const chunks = readPngChunks(withPixelDensity(original, 300));
  assert.deepEqual(chunks.map((c) => c.type), ["IHDR", "pHYs", "IDAT", "IEND"]);
  // 11811 = 0x2E23 on both axes, unit 1 (metre).
  assert.deepEqual([...chunks[1]!.data], [0, 0, 0x2e, 0x23, 0, 0, 0x2e, 0x23, 1]);
  const before = readPngChunks(original);
  assert.deepEqual(chunks.filter((c) => c.type !== "pHYs"), before, "other chunks untouched");
});

Deno.test("withPixelDensity replaces a pHYs chunk already present instead of adding a second", () => {
  const at72 = withPixelDensity(tinyPng(), 72);
  const chunks = readPngChunks(withPixelDensity(at72, 600));
  assert.deepEqual(chunks.map((c) => c.type), ["IHDR", "pHYs", "IDAT", "IEND"]);
  assert.equal(new DataView(chunks[1]!.data.buffer).getUint32(0), 23622);
});

Deno.test("withPixelDensity refuses a PNG whose first chunk is not IHDR", () => {
  const png = writePng([{ type: "IEND", data: new Uint8Array() }]);
  assert.throws(
    () => withPixelDensity(png, 300),
    /Expected IHDR as the first PNG chunk but found IEND/,
  );
});

Deno.test("pixelsPerMetre converts dots per inch and rejects a dpi that is not positive", () => {
  assert.equal(pixelsPerMetre(300), 11811); // 300 / 0.0254 = 11811.02
  assert.equal(pixelsPerMetre(72), 2835); // 2834.65
  for (const dpi of [0, -300, Number.NaN, Infinity]) {
    assert.throws(() => pixelsPerMetre(dpi), RangeError, `dpi ${dpi}`);
  }
  assert.throws(() => pixelsPerMetre(0), /Expected dpi to be a number greater than 0 but found 0/);
});
