/**
 * ISO-8859-1 (Latin-1) encoding by hand: one byte per character. Characters above U+00FF cannot be
 * written, and the C1 controls U+0080 to U+009F are refused too, because readers that follow the
 * WHATWG Encoding Standard decode those bytes as windows-1252 punctuation.
 *
 * @module
 */

/** The Latin-1 bytes of `text`; throws a RangeError naming the first character that does not fit. */
export function encodeLatin1(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff || (code >= 0x80 && code <= 0x9f)) {
      throw new RangeError(
        `Expected characters writable in Latin-1 but found U+${
          code.toString(16).toUpperCase().padStart(4, "0")
        } ("${text[i]}") at offset ${i}`,
      );
    }
    bytes[i] = code;
  }
  return bytes;
}
