/**
 * The I/O shell of ingest's input: a snapshot of the raw folder (every entry's kind, and the bytes
 * of every regular file in each site folder), taken once so that the rest of ingest is pure.
 * Symbolic links are recorded as such and never followed: a link inside an allowed folder could
 * point anywhere, and the stage's read permission would not stop Deno from following it.
 *
 * @module
 */

import { join } from "node:path";

/** What a folder entry is, as `lstat` sees it. */
export type EntryKind = "file" | "directory" | "symlink";

/** One entry of a folder. */
export interface RawEntry {
  name: string;
  kind: EntryKind;
}

/** A site folder: its entries, and the bytes of each regular file by name. */
export interface SiteFolder {
  name: string;
  entries: RawEntry[];
  files: Map<string, Uint8Array>;
}

/** The raw folder: its top-level entries, and each site folder (real folders only). */
export interface RawFolder {
  entries: RawEntry[];
  sites: SiteFolder[];
}

/** Reads the raw folder at `path` (sorted by name, so the snapshot does not depend on the disk). */
export async function readRawFolder(path: string): Promise<RawFolder> {
  const entries = await listFolder(path);
  const sites: SiteFolder[] = [];
  for (const entry of entries) {
    if (entry.kind !== "directory") continue;
    const folder = join(path, entry.name);
    const siteEntries = await listFolder(folder);
    const files = new Map<string, Uint8Array>();
    for (const file of siteEntries) {
      if (file.kind === "file") files.set(file.name, await Deno.readFile(join(folder, file.name)));
    }
    sites.push({ name: entry.name, entries: siteEntries, files });
  }
  return { entries, sites };
}

async function listFolder(path: string): Promise<RawEntry[]> {
  const entries: RawEntry[] = [];
  for await (const entry of Deno.readDir(path)) {
    const kind: EntryKind = entry.isSymlink ? "symlink" : entry.isDirectory ? "directory" : "file";
    entries.push({ name: entry.name, kind });
  }
  return entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
