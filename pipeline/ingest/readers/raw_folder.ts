/**
 * The I/O shell of ingest's input: a snapshot of the raw folder, taken once so that the rest of
 * ingest is pure. Every entry is looked at with `lstat` (its kind and size) before anything is
 * opened, and only what a site spec claims is read:
 *
 * - each site folder's `site.json`, then the files it names (`path`, `dictionary`);
 * - only regular files, and only up to the plan's `inputLimits.fileMiB`.
 *
 * A named pipe would block a read forever, a device could be endless, and a stray 4 GiB file
 * would cost gigabytes only to be refused as unclaimed: such entries are recorded by kind and
 * size and refused by name later (`site_specs/load.ts`), never opened. Symbolic links are recorded
 * as such and never followed: a link inside an allowed folder could point anywhere, and the
 * stage's read permission would not stop Deno from following it.
 *
 * @module
 */

import { join } from "node:path";
import { claimedNames } from "../site_specs/claimed_names.ts";
import { bytesOf, DEFAULT_INPUT_LIMITS, type InputLimits } from "./input_limits.ts";

/** What a folder entry is, as `lstat` sees it; `other` is a pipe, socket or device. */
export type EntryKind = "file" | "directory" | "symlink" | "other";

/** One entry of a folder. */
export interface RawEntry {
  name: string;
  kind: EntryKind;
  /** Size in bytes (regular files; 0 otherwise). */
  size: number;
  /** What an `other` entry is, in words: "a named pipe (FIFO)". */
  what?: string;
}

/** A site folder: its entries, the bytes of each file read, and why others could not be. */
export interface SiteFolder {
  name: string;
  entries: RawEntry[];
  /** Bytes of `site.json` and of the regular files it claims within the size limit. */
  files: Map<string, Uint8Array>;
  /** Claimed files whose read failed, with the system's reason. */
  unreadable?: Map<string, string>;
}

/** The raw folder: its top-level entries, and each site folder (real folders only). */
export interface RawFolder {
  entries: RawEntry[];
  sites: SiteFolder[];
}

/** The name of a site's spec. */
export const SPEC_FILE = "site.json";

/** Whether ingest opens `entry`: a regular file within the size limit. */
export function isReadable(entry: RawEntry, limits: InputLimits): boolean {
  return entry.kind === "file" && entry.size <= bytesOf(limits.fileMiB);
}

/**
 * Reads the raw folder at `path` (entries sorted by name, so the snapshot does not depend on the
 * disk). A `path` that is not a folder is an Error naming it.
 */
export async function readRawFolder(
  path: string,
  limits: InputLimits = DEFAULT_INPUT_LIMITS,
): Promise<RawFolder> {
  const entries = await listFolder(path);
  const sites: SiteFolder[] = [];
  for (const entry of entries) {
    if (entry.kind !== "directory") continue;
    const folder = join(path, entry.name);
    const siteEntries = await listFolder(folder);
    const files = new Map<string, Uint8Array>();
    const unreadable = new Map<string, string>();
    const read = async (name: string) => {
      const file = siteEntries.find((e) => e.name === name);
      if (file === undefined || !isReadable(file, limits) || files.has(name)) return;
      try {
        files.set(name, await Deno.readFile(join(folder, name)));
      } catch (error) {
        unreadable.set(name, (error as Error).message);
      }
    };
    await read(SPEC_FILE);
    const spec = files.get(SPEC_FILE);
    for (const name of spec === undefined ? [] : claimedNames(spec)) await read(name);
    sites.push({ name: entry.name, entries: siteEntries, files, unreadable });
  }
  return { entries, sites };
}

async function listFolder(path: string): Promise<RawEntry[]> {
  const entries: RawEntry[] = [];
  for await (const { name } of Deno.readDir(path)) {
    const info = await Deno.lstat(join(path, name));
    entries.push({ name, ...kindOf(info) });
  }
  return entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

function kindOf(info: Deno.FileInfo): Omit<RawEntry, "name"> {
  if (info.isSymlink) return { kind: "symlink", size: 0 };
  if (info.isDirectory) return { kind: "directory", size: 0 };
  if (info.isFile) return { kind: "file", size: info.size };
  const what = info.isFifo
    ? "a named pipe (FIFO)"
    : info.isSocket
    ? "a socket"
    : info.isCharDevice || info.isBlockDevice
    ? "a device"
    : "neither a file nor a folder";
  return { kind: "other", size: 0, what };
}
