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
 * Writes the text `chunks` to `path` through a temporary sibling and a rename, one chunk at a
 * time: a file larger than a JavaScript string can hold (about 512 MiB; the analysis datasets of
 * a million patients) is never held whole in memory.
 */
export async function writeChunksAtomic(
  path: string,
  chunks: Iterable<string | Uint8Array>,
): Promise<void> {
  const temporary = temporarySibling(path);
  const encoder = new TextEncoder();
  try {
    const file = await Deno.open(temporary, { write: true, create: true, truncate: true });
    try {
      for (const chunk of chunks) {
        const bytes = typeof chunk === "string" ? encoder.encode(chunk) : chunk;
        let offset = 0;
        while (offset < bytes.length) offset += await file.write(bytes.subarray(offset));
      }
    } finally {
      file.close();
    }
    await Deno.rename(temporary, path);
    written.add(path);
  } catch (error) {
    await Deno.remove(temporary).catch(() => {});
    throw error;
  }
}

/** Writes `value` as JSON with two-space indentation and a final newline, atomically. */
export function writeJsonAtomic(path: string, value: unknown): Promise<void> {
  return writeFileAtomic(path, JSON.stringify(value, null, 2) + "\n");
}
