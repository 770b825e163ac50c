/**
 * Hashes of the files a run declares, read once per run: a declared folder stands for every file
 * below it, a declared file for itself. Temporary siblings (`.name.partial`, left by a write that
 * was interrupted) are never counted as files: they are reported apart so the runner can sweep
 * them.
 *
 * @module
 */

import { basename, join, normalize } from "node:path";
import { temporarySibling } from "../atomic_write.ts";
import { type DeclaredPath, isFolderPath } from "./declaration.ts";
import { sha256File } from "./sha256.ts";

/** A file a declared path stands for: its machine path and, when it exists, its sha256. */
export interface FoundFile {
  path: string;
  sha256: string | null;
}

/** Whether a file name is an atomic write's temporary sibling. */
export function isTemporaryName(name: string): boolean {
  return name.startsWith(".") && name.endsWith(".partial");
}

/** Reads and hashes declared paths, remembering what it read until told to forget. */
export class FileHashes {
  #hashes = new Map<string, Promise<string | null>>();
  #folders = new Map<string, Promise<{ files: string[]; partials: string[] }>>();

  /** The sha256 of the file at `path`, or null when there is no file there. */
  hash(path: string): Promise<string | null> {
    const key = normalize(path);
    let known = this.#hashes.get(key);
    if (known === undefined) {
      known = sha256File(path).then((hash) => hash, (error) => {
        if (error instanceof Deno.errors.NotFound || error instanceof Deno.errors.NotADirectory) {
          return null;
        }
        throw error;
      });
      this.#hashes.set(key, known);
    }
    return known;
  }

  /** Every file `declared` stands for, by its path relative to the run's folders, sorted. */
  async files(declared: DeclaredPath): Promise<Record<string, FoundFile>> {
    const found: Record<string, FoundFile> = {};
    if (!isFolderPath(declared.path)) {
      found[declared.template] = { path: declared.path, sha256: await this.hash(declared.path) };
      return found;
    }
    const { files } = await this.#walk(declared.path);
    for (const relative of files) {
      const path = join(declared.path, relative);
      found[declared.template + relative] = { path, sha256: await this.hash(path) };
    }
    return found;
  }

  /** Temporary siblings left where `declared` is written. */
  async partials(declared: string): Promise<string[]> {
    if (isFolderPath(declared)) {
      return (await this.#walk(declared)).partials.map((p) => join(declared, p));
    }
    const sibling = temporarySibling(declared);
    return (await this.hash(sibling)) === null ? [] : [sibling];
  }

  /** Forgets what was read at or below `declared`, which a stage has just rewritten. */
  forget(declared: string): void {
    const path = normalize(declared);
    const prefix = isFolderPath(path) ? path : undefined;
    for (const key of [...this.#hashes.keys()]) {
      if (key === path || (prefix !== undefined && key.startsWith(prefix))) {
        this.#hashes.delete(key);
      }
    }
    if (prefix === undefined) this.#hashes.delete(normalize(temporarySibling(declared)));
    // A folder at or below what was rewritten, or one that holds it, is listed anew.
    for (const key of [...this.#folders.keys()]) {
      if (key.startsWith(prefix ?? "\0") || path.startsWith(key)) this.#folders.delete(key);
    }
  }

  #walk(folder: string): Promise<{ files: string[]; partials: string[] }> {
    const key = normalize(folder);
    let known = this.#folders.get(key);
    if (known === undefined) {
      known = walk(folder);
      this.#folders.set(key, known);
    }
    return known;
  }
}

/** Files and temporary siblings below `folder`, relative to it, sorted; none when it is absent. */
async function walk(folder: string): Promise<{ files: string[]; partials: string[] }> {
  const files: string[] = [];
  const partials: string[] = [];
  async function visit(relative: string): Promise<void> {
    let entries: Deno.DirEntry[];
    try {
      entries = await Array.fromAsync(Deno.readDir(join(folder, relative)));
    } catch (error) {
      const absent = error instanceof Deno.errors.NotFound ||
        error instanceof Deno.errors.NotADirectory;
      if (absent && relative === "") return;
      throw error;
    }
    for (const entry of entries) {
      const path = relative === "" ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory) {
        // A folder is listed too (its hash names its kind), so an empty one appearing counts.
        files.push(`${path}/`);
        await visit(path);
      } else if (isTemporaryName(basename(path))) partials.push(path);
      else files.push(path); // a link, pipe or device is listed, never opened (sha256File)
    }
  }
  await visit("");
  const order = (a: string, b: string) => a < b ? -1 : a > b ? 1 : 0;
  return { files: files.sort(order), partials: partials.sort(order) };
}
