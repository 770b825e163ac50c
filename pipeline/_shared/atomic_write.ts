/**
 * Atomic file writes for pipeline outputs.
 *
 * Every artefact is first written to a temporary sibling and then renamed over the target. A
 * rename within one folder is atomic on POSIX file systems, so a crash or a kill leaves either the
 * previous file or the new one, never half of each. The temporary name is deterministic, so that
 * the stage runner can grant write permission to exactly the target and its sibling.
 *
 * The process remembers every path it wrote this way, so that a stage can tell the runner which
 * files it wrote (the run manifest records those, not whatever else sits in an output folder).
 *
 * @module
 */

import { basename, dirname, join } from "node:path";

/** The temporary sibling that {@linkcode writeFileAtomic} writes before renaming. */
export function temporarySibling(path: string): string {
  return join(dirname(path), `.${basename(path)}.partial`);
}

const written = new Set<string>();

/** Every path this process has written with {@linkcode writeFileAtomic}, in order of first write. */
export function writtenPaths(): string[] {
  return [...written];
}

/** Writes `data` to `path` through a temporary sibling and a rename. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = temporarySibling(path);
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  try {
    await Deno.writeFile(temporary, bytes);
    await Deno.rename(temporary, path);
    written.add(path);
  } catch (error) {
    await Deno.remove(temporary).catch(() => {});
    throw error;
  }
}

/**
 * A file written chunk by chunk to its temporary sibling and renamed over `path` by `commit`:
 * for a file larger than a JavaScript string can hold (about 512 MiB; the analysis datasets of a
 * million patients), or several files written side by side. `abort` removes the sibling.
 */
export class AtomicFile {
  readonly path: string;
  readonly #temporary: string;
  readonly #file: Deno.FsFile;
  readonly #encoder = new TextEncoder();

  private constructor(path: string, file: Deno.FsFile) {
    this.path = path;
    this.#temporary = temporarySibling(path);
    this.#file = file;
  }

  /** Opens (truncating) the temporary sibling of `path`. */
  static async open(path: string): Promise<AtomicFile> {
    const file = await Deno.open(temporarySibling(path), {
      write: true,
      create: true,
      truncate: true,
    });
    return new AtomicFile(path, file);
  }

  /** Appends `chunk`. */
  async write(chunk: string | Uint8Array): Promise<void> {
    const bytes = typeof chunk === "string" ? this.#encoder.encode(chunk) : chunk;
    let offset = 0;
    while (offset < bytes.length) offset += await this.#file.write(bytes.subarray(offset));
  }

  /** Closes the sibling and renames it over the target. */
  async commit(): Promise<void> {
    this.#file.close();
    await Deno.rename(this.#temporary, this.path);
    written.add(this.path);
  }

  /** Closes and removes the sibling, leaving the target as it was. */
  async abort(): Promise<void> {
    try {
      this.#file.close();
    } catch {
      // Already closed by a failed commit.
    }
    await Deno.remove(this.#temporary).catch(() => {});
  }
}

/**
 * Writes the text `chunks` to `path` through a temporary sibling and a rename, one chunk at a
 * time, so that the file is never held whole in memory.
 */
export async function writeChunksAtomic(
  path: string,
  chunks: Iterable<string | Uint8Array>,
): Promise<void> {
  const file = await AtomicFile.open(path);
  try {
    for (const chunk of chunks) await file.write(chunk);
    await file.commit();
  } catch (error) {
    await file.abort();
    throw error;
  }
}

/** Writes `value` as JSON with two-space indentation and a final newline, atomically. */
export function writeJsonAtomic(path: string, value: unknown): Promise<void> {
  return writeFileAtomic(path, JSON.stringify(value, null, 2) + "\n");
}
