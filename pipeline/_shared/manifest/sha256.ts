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

/** Files up to this size are read whole; larger ones are hashed in chunks. */
const WHOLE_FILE_BYTES = 64 * 1024 * 1024;

/**
 * The sha256 of the regular file at `path`, hex. Memory stays bounded whatever its size: a file
 * over 64 MiB (a stray multi-gigabyte file in the raw folder) is hashed in chunks with
 * `node:crypto`, loaded only then.
 */
export async function sha256File(path: string): Promise<string> {
  const info = await Deno.lstat(path);
  // A link, pipe, socket, device or folder is never opened (a pipe could block forever): the
  // manifest records its kind, so that one appearing where the inputs are makes them change.
  if (!info.isFile) return `not a regular file: ${entryKind(info)}`;
  const size = info.size;
  if (size <= WHOLE_FILE_BYTES) return sha256Hex(await Deno.readFile(path));
  const { createHash } = await import("node:crypto");
  const hash = createHash("sha256");
  using file = await Deno.open(path, { read: true });
  for await (const chunk of file.readable) hash.update(chunk);
  return hash.digest("hex");
}

/** The kind of a file system entry that is not a regular file. */
function entryKind(info: Deno.FileInfo): string {
  if (info.isSymlink) return "symbolic link";
  if (info.isDirectory) return "folder";
  if (info.isFifo) return "named pipe";
  if (info.isSocket) return "socket";
  if (info.isBlockDevice || info.isCharDevice) return "device";
  return "other";
}
