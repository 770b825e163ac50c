/**
 * Bytes to text exactly as a file's spec says: the stated encoding, and a UTF-8 byte-order mark
 * present if and only if the spec says so. Nothing is sniffed: a BOM the spec does not announce is
 * an error, as is a byte sequence that is not valid UTF-8.
 *
 * @module
 */

import type { Encoding } from "../site_specs/types.ts";

const BOM = [0xef, 0xbb, 0xbf];

/** The text of `bytes`, or what is wrong with them. */
export function decodeText(
  bytes: Uint8Array,
  encoding: Encoding,
  bom: boolean,
): { text: string } | { problem: string; fix: string } {
  const hasBom = BOM.every((byte, i) => bytes[i] === byte);
  if (hasBom && !bom) {
    return {
      problem: "the file starts with a UTF-8 byte-order mark, which the spec does not announce",
      fix: 'set "bom": true in site.json, or export the file without a byte-order mark',
    };
  }
  if (!hasBom && bom) {
    return {
      problem: "the spec announces a UTF-8 byte-order mark, but the file does not start with one",
      fix: 'set "bom": false in site.json, or check that this is the file the site sent',
    };
  }
  const body = hasBom ? bytes.subarray(BOM.length) : bytes;
  if (encoding === "latin1") {
    // WHATWG "latin1" is windows-1252: bytes 0x80-0x9F become typographic characters, not controls.
    return { text: new TextDecoder("latin1").decode(body) };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body) };
  } catch {
    return {
      problem: `byte ${firstInvalidUtf8(body)} is not valid UTF-8, the encoding the spec states`,
      fix: 'set "encoding" in site.json to the file\'s real encoding (for example "latin1")',
    };
  }
}

/** 1-based offset of the first byte of the first sequence that is not valid UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decodes = (end: number, stream: boolean) => {
    try {
      new TextDecoder("utf-8", { fatal: true, ignoreBOM: true })
        .decode(bytes.subarray(0, end), { stream });
      return true;
    } catch {
      return false;
    }
  };
  // The longest prefix that decodes in streaming mode (it may end inside a character), by
  // bisection: any prefix of such a prefix decodes too.
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (decodes(middle, true)) low = middle;
    else high = middle - 1;
  }
  if (decodes(low, false)) return low + 1;
  // The prefix ends inside a sequence that the next byte breaks: point at the sequence's lead byte.
  let lead = low - 1;
  while (lead > 0 && ((bytes[lead] ?? 0) & 0xc0) === 0x80) lead -= 1;
  return lead + 1;
}
