/**
 * Where the bytes of a site's files come from. A registry's exports are read in chunks straight
 * from disk, so that no file is held whole (a site's REDCap export of 10,000 patients is 60 MB); a
 * snapshot held in memory (tests, hand-made folders) hands out the same chunks from its bytes. The
 * readers never know which: they are fed chunks, and only a workbook, whose zip directory sits at
 * its end, asks for its bytes whole.
 *
 * Reads are synchronous: each site is read by one worker from start to end, and nothing else
 * happens in that thread meanwhile.
 *
 * @module
 */

import { join } from "node:path";
import { showSize } from "./input_limits.ts";

/** The files of one site folder. */
export interface FileSource {
  /** The whole file. */
  bytes(name: string): Uint8Array;
  /** The file in chunks; a chunk is valid only until the next one is asked for. */
  chunks(name: string): Iterable<Uint8Array>;
}

/** Bytes per chunk read from disk. */
export const CHUNK_BYTES = 1 << 20;

/** A source of files held in `files` (name -> bytes), handed out `chunkBytes` at a time. */
export function memorySource(
  files: ReadonlyMap<string, Uint8Array>,
  chunkBytes = CHUNK_BYTES,
): FileSource {
  const get = (name: string) => {
    const bytes = files.get(name);
    if (bytes === undefined) throw new Error(`${name} was not read into memory`);
    return bytes;
  };
  return {
    bytes: get,
    *chunks(name) {
      const bytes = get(name);
      for (let start = 0; start < bytes.length; start += chunkBytes) {
        yield bytes.subarray(start, start + chunkBytes);
      }
    },
  };
}

/**
 * A source reading the site folder `folder` on disk. A file that has grown past `limit` bytes
 * since the folder was listed is refused rather than read on: the limit is what was checked.
 */
export function diskSource(folder: string, limit: number): FileSource {
  const tooLarge = (name: string) =>
    new RangeError(`${name} has grown past ${showSize(limit)} since the folder was listed`);
  return {
    bytes(name) {
      const bytes = Deno.readFileSync(join(folder, name));
      if (bytes.length > limit) throw tooLarge(name);
      return bytes;
    },
    *chunks(name) {
      using file = Deno.openSync(join(folder, name));
      const buffer = new Uint8Array(CHUNK_BYTES);
      let total = 0;
      for (;;) {
        const read = file.readSync(buffer);
        if (read === null) return;
        total += read;
        if (total > limit) throw tooLarge(name);
        yield buffer.subarray(0, read);
      }
    },
  };
}
