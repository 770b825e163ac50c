/**
 * sha256 of bytes or text, as lower-case hex. Web Crypto rather than `node:crypto`: the manifest
 * keeper hashes on every run, and loading Node's compatibility layer would cost more than hashing
 * the committed study.
 *
 * @module
 */

/** The sha256 of `data` (text is hashed as its UTF-8 bytes), hex. */
export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}
