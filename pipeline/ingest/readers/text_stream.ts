/**
 * Bytes to text chunk by chunk, with exactly the checks of {@linkcode decodeText}: the byte-order
 * mark present if and only if the spec says so, UTF-8 that is valid and holds no replacement
 * character, and a file declared Latin-1 that is not in fact UTF-8. The streaming decoder only
 * notices that something is wrong; it then throws {@linkcode NeedsWholeFile}, and the caller reads
 * the file whole with `decodeText`, which says what is wrong and where, as it always has. A good
 * file, the usual case, is never held whole.
 *
 * @module
 */

import type { Encoding } from "../site_specs/types.ts";

/** The file must be decoded whole, by `decodeText`, to say what is wrong with it. */
export class NeedsWholeFile extends Error {
  override name = "NeedsWholeFile";
}

const BOM = [0xef, 0xbb, 0xbf];

/** A streaming decoder of one file's bytes. */
export interface TextStream {
  /** The text of the next chunk (possibly ""); throws {@linkcode NeedsWholeFile}. */
  push(bytes: Uint8Array): string;
  /** The rest of the text at the end of the file; throws {@linkcode NeedsWholeFile}. */
  finish(): string;
}

/** A decoder for a file in `encoding` that starts with a byte-order mark if and only if `bom`. */
export function textStream(encoding: Encoding, bom: boolean): TextStream {
  const decoder = new TextDecoder(encoding === "latin1" ? "latin1" : "utf-8", {
    fatal: encoding !== "latin1",
    ignoreBOM: true,
  });
  // Latin-1 text whose bytes beyond ASCII all form valid UTF-8 is UTF-8 in disguise.
  let utf8: TextDecoder | undefined = encoding === "latin1"
    ? new TextDecoder("utf-8", { fatal: true, ignoreBOM: true })
    : undefined;
  let beyondAscii = false;
  let head: Uint8Array | undefined = new Uint8Array(0);
  const decode = (bytes: Uint8Array, stream: boolean): string => {
    if (utf8 !== undefined && (beyondAscii || hasByteBeyondAscii(bytes))) {
      beyondAscii = true;
      try {
        utf8.decode(bytes, { stream });
      } catch {
        utf8 = undefined;
      }
    }
    let text: string;
    try {
      text = decoder.decode(bytes, { stream });
    } catch {
      throw new NeedsWholeFile("not valid UTF-8");
    }
    if (encoding !== "latin1" && text.includes("\uFFFD")) {
      throw new NeedsWholeFile("a replacement character");
    }
    return text;
  };
  /** The first bytes, until three are known: the mark must be checked before decoding. */
  const start = (bytes: Uint8Array, final: boolean): Uint8Array | undefined => {
    const joined = new Uint8Array(head!.length + bytes.length);
    joined.set(head!);
    joined.set(bytes, head!.length);
    if (joined.length < BOM.length && !final) {
      head = joined;
      return undefined;
    }
    head = undefined;
    const hasBom = BOM.every((byte, i) => joined[i] === byte);
    if (hasBom !== bom) throw new NeedsWholeFile("a byte-order mark the spec does not announce");
    return hasBom ? joined.subarray(BOM.length) : joined;
  };
  return {
    push(bytes) {
      const body = head === undefined ? bytes : start(bytes, false);
      return body === undefined ? "" : decode(body, true);
    },
    finish() {
      const body = head === undefined ? new Uint8Array(0) : start(new Uint8Array(0), true)!;
      const text = decode(body, false);
      if (utf8 !== undefined && beyondAscii) {
        try {
          utf8.decode();
          throw new NeedsWholeFile("Latin-1 declared, but the file is UTF-8");
        } catch (error) {
          if (error instanceof NeedsWholeFile) throw error;
        }
      }
      return text;
    },
  };
}

function hasByteBeyondAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}
