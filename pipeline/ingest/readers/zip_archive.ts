/**
 * A zip archive read member by member, as an .xlsx workbook needs it: the central directory is
 * parsed first (names, methods and declared sizes, APPNOTE.TXT section 4.3.12), and a member is
 * inflated only when asked for, only if its declared size is within a limit, and only until its
 * output passes that limit (a directory may lie). Unzipping a whole archive up front would inflate
 * every member, referenced or not: a small file can hold gigabytes of zeros (a zip bomb).
 *
 * Inflating uses fflate's streaming inflater fed 1 KiB at a time: deflate expands at most about
 * 1032 times, so one step never yields more than about 1 MiB. A member is inflated twice: once
 * counting only (a member that outgrows its declared size is refused having kept nothing), then
 * chunk by chunk to its reader (`inflateMemberChunks`; a sheet is parsed as it inflates) or into a
 * buffer of its declared size (`inflateMember`). Refusing a bomb costs almost no memory, and a
 * genuine member read in chunks is never held whole.
 * ZIP64 archives (members or archives over 4 GiB) and encrypted members are refused.
 *
 * @module
 */

import { Inflate } from "fflate";
import { showSize } from "./input_limits.ts";

/** One member as the central directory describes it. */
export interface ZipMember {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** The uncompressed size the directory declares. */
  size: number;
  /** Offset of the member's local header. */
  headerOffset: number;
}

/** A member that is, or inflates to, more than the limit. */
export class ZipLimitError extends RangeError {
  override name = "ZipLimitError";
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STEP = 1024;
/** Chunk size of a stored (uncompressed) member. */
const STORED_CHUNK = 1 << 20;

/** The members of the archive in `bytes` by name; throws an Error saying what is damaged. */
export function zipDirectory(bytes: Uint8Array): Map<string, ZipMember> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    throw new Error("it is a ZIP64 archive (over 4 GiB or 65535 members), which no export is");
  }
  const members = new Map<string, ZipMember>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) {
      throw new Error("its central directory is damaged");
    }
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if ((view.getUint16(at + 8, true) & 1) === 1) throw new Error(`member ${name} is encrypted`);
    members.set(name, {
      name,
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      headerOffset: view.getUint32(at + 42, true),
    });
    at += 46 + skip;
  }
  return members;
}

/**
 * The bytes of `member`, at most `limit` of them; throws a {@linkcode ZipLimitError} when it is
 * declared larger or inflates past the limit, and an Error when it is damaged.
 */
export function inflateMember(bytes: Uint8Array, member: ZipMember, limit: number): Uint8Array {
  const out = new Uint8Array(Math.min(member.size, limit));
  let at = 0;
  inflateMemberChunks(bytes, member, limit, (chunk) => {
    out.set(chunk, at);
    at += chunk.length;
  });
  return out;
}

/**
 * Calls `take` with the bytes of `member` in order, a chunk at a time (each valid only during the
 * call), once the whole member is known to inflate to exactly its declared size of at most
 * `limit` bytes: a member that is declared larger or inflates past its size (a zip bomb) throws a
 * {@linkcode ZipLimitError} before `take` sees a byte, so that nothing is read of a refused part.
 */
export function inflateMemberChunks(
  bytes: Uint8Array,
  member: ZipMember,
  limit: number,
  take: (chunk: Uint8Array) => void,
): void {
  if (member.size > limit) {
    throw new ZipLimitError(
      `part ${member.name} declares ${showSize(member.size)} uncompressed, more than the ` +
        `${showSize(limit)} allowed: it was not inflated`,
    );
  }
  const data = memberData(bytes, member);
  if (member.method === 0) {
    if (data.length !== member.size) throw new Error(`part ${member.name} is damaged`);
    for (let start = 0; start < data.length; start += STORED_CHUNK) {
      take(data.subarray(start, start + STORED_CHUNK));
    }
    return;
  }
  if (member.method !== 8) {
    throw new Error(`part ${member.name} uses compression method ${member.method}, not deflate`);
  }
  // First only count: a part that outgrows what it declares is a zip bomb, refused having kept
  // nothing. Then, its size known, inflate it again, handing each chunk on.
  const counted = inflateInto(data, member, undefined);
  if (counted > member.size) {
    throw new ZipLimitError(
      `part ${member.name} inflates past the ${showSize(member.size)} it declares (a zip ` +
        "bomb): inflating stopped there",
    );
  }
  if (counted !== member.size) {
    throw new Error(
      `part ${member.name} inflates to ${counted} bytes, not the ${member.size} it declares`,
    );
  }
  inflateInto(data, member, take);
}

/**
 * Inflates `data`, handing each chunk to `take` (or only counting, when `take` is undefined),
 * stopping once the output passes the member's declared size; returns the bytes produced (more
 * than declared: stopped).
 */
function inflateInto(
  data: Uint8Array,
  member: ZipMember,
  take: ((chunk: Uint8Array) => void) | undefined,
): number {
  let total = 0;
  const inflater = new Inflate((chunk) => {
    if (take !== undefined && total + chunk.length <= member.size) take(chunk);
    total += chunk.length;
  });
  try {
    for (let start = 0; start < data.length && total <= member.size; start += STEP) {
      inflater.push(data.subarray(start, start + STEP), start + STEP >= data.length);
    }
  } catch (error) {
    throw new Error(`part ${member.name} is damaged (${(error as Error).message})`);
  }
  return total;
}

function memberData(bytes: Uint8Array, member: ZipMember): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = member.headerOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) {
    throw new Error(`part ${member.name} has no local header where the directory says`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + member.compressedSize > bytes.length) {
    throw new Error(`part ${member.name} runs past the end of the file`);
  }
  return bytes.subarray(start, start + member.compressedSize);
}

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw new Error("it has no zip directory (not a zip archive, or cut short)");
}
