/**
 * Bytes to text exactly as a file's spec says: the stated encoding, and a UTF-8 byte-order mark
 * present if and only if the spec says so. Nothing is sniffed into acceptance: a BOM the spec does
 * not announce is an error, as is a byte sequence that is not valid UTF-8, a replacement character
 * (U+FFFD, the scar of an earlier wrong conversion), or a UTF-8 file declared Latin-1. Each problem
 * says where it is, so that the reader can name the row and column.
 *
 * @module
 */

import type { Encoding } from "../site_specs/types.ts";

const BOM = [0xef, 0xbb, 0xbf];

/** What is wrong with a file's bytes, and where: a character index into a best-effort text. */
export interface EncodingProblem {
  /** What the bytes should be, and what they are instead. */
  problem: string;
  fix: string;
  /** The file decoded as well as it can be, and the index of the first bad character in it. */
  at?: { text: string; index: number };
}

/** The text of `bytes`, or what is wrong with them. */
export function decodeText(
  bytes: Uint8Array,
  encoding: Encoding,
  bom: boolean,
): { text: string } | EncodingProblem {
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
  if (encoding === "latin1") return decodeLatin1(body);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    // Bytes that are not UTF-8 are almost always Latin-1 (Windows-1252): show them as such.
    const offset = firstInvalidUtf8(body) - 1;
    const byte = body[offset] ?? 0;
    const seen = new TextDecoder("latin1").decode(body.subarray(offset, offset + 1));
    return {
      problem: "UTF-8, the encoding the spec states, but byte " +
        `0x${byte.toString(16).toUpperCase().padStart(2, "0")} (byte ${offset + 1} of the file) ` +
        `is not valid UTF-8; in Latin-1 it is "${seen}", so the file is probably Latin-1`,
      fix: 'set "encoding" in site.json to the file\'s real encoding (for example "latin1")',
      at: { text: new TextDecoder("latin1").decode(body), index: offset },
    };
  }
  const replaced = text.indexOf("\uFFFD");
  if (replaced !== -1) {
    return {
      problem: "text without the replacement character U+FFFD, which a conversion from " +
        "another encoding leaves where it lost a character (the original cannot be recovered)",
      fix: "export the file again from the site's system, straight to UTF-8 (or to Latin-1, " +
        'and set "encoding": "latin1")',
      at: { text, index: replaced },
    };
  }
  return { text };
}

/**
 * Latin-1 as WHATWG defines "latin1" (windows-1252: bytes 0x80-0x9F become typographic
 * characters, not controls). A file that is valid UTF-8 with characters beyond ASCII is almost
 * certainly UTF-8, not Latin-1 (Latin-1 text rarely forms valid UTF-8 sequences): reading it as
 * Latin-1 would turn "é" into "Ã©", so it is refused.
 */
function decodeLatin1(body: Uint8Array): { text: string } | EncodingProblem {
  const multibyte = body.findIndex((byte) => byte >= 0x80);
  if (multibyte !== -1) {
    try {
      const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
      const index = [...text].findIndex((ch) => ch.codePointAt(0)! >= 0x80);
      return {
        problem: "Latin-1, the encoding the spec states, but the file is UTF-8 (its bytes " +
          `beyond ASCII form valid UTF-8, such as "${
            [...text][index]
          }"), which Latin-1 would garble`,
        fix: 'set "encoding": "utf-8" in site.json',
        at: { text, index: text.indexOf([...text][index] ?? "") },
      };
    } catch {
      // Not UTF-8: Latin-1 it is.
    }
  }
  return { text: new TextDecoder("latin1").decode(body) };
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
