/**
 * Fingerprints of raw rows, for finding exact duplicates (every field identical, mapped or not)
 * without keeping each row's text: a 53-bit hash of the row's fields, their count and their
 * lengths (so that `["ab", "c"]` and `["a", "bc"]` differ). The hash is cyrb53 (bryc, public
 * domain): two 32-bit lanes mixed with `Math.imul`. Two different rows of one file share a
 * fingerprint with a chance of about n² / 2^54 (n rows: 5e-7 for 10^5 rows); the merge of exact
 * duplicates also requires every kept value to be equal (`site_columns.ts`), so a collision could
 * only merge rows that differ in columns nothing reads.
 *
 * @module
 */

/** A fingerprint being computed, part by part. */
export interface Fingerprint {
  /** Adds one part (a field, a column letter, a key, a value). */
  add(text: string): void;
  /** Adds a number (a field's type tag, say). */
  tag(value: number): void;
  /** The fingerprint of the parts added, as a number below 2^53. */
  value(): number;
}

/** A fresh fingerprint. */
export function fingerprint(): Fingerprint {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const mix = (code: number) => {
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  };
  return {
    add(text) {
      mix(text.length + 0x10000);
      for (let i = 0; i < text.length; i++) mix(text.charCodeAt(i));
    },
    tag: (value) => mix(value + 0x20000),
    value() {
      let a = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
      a ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
      let b = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
      b ^= Math.imul(a ^ (a >>> 13), 3266489909);
      return 4294967296 * (2097151 & b) + (a >>> 0);
    },
  };
}

/** The fingerprint of a delimited row's fields. */
export function fieldsFingerprint(fields: readonly string[]): number {
  const print = fingerprint();
  print.tag(fields.length);
  for (const field of fields) print.add(field);
  return print.value();
}
