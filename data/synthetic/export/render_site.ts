/**
 * Every file of one site's export, as bytes: the data files in the layout's formats and the
 * `site.json` that says how to read them. Records come in batches, in case order
 * ({@linkcode siteRenderer}), so a site of a hundred thousand patients never holds them all;
 * {@linkcode renderSite} is the one-batch form.
 *
 * @module
 */

import type { SiteRecord } from "../model.ts";
import { type FileChunk, fileWriter } from "./file_writers.ts";
import type { Layout } from "./layout.ts";
import { siteJson } from "./site_json.ts";

/** One site's files and the number of data rows of each of its tables. */
export interface RenderedSite {
  /** File name -> bytes, `site.json` included. */
  files: Map<string, Uint8Array>;
  /** Data rows of each table, in the layout's file and table order (for the annex). */
  tableRows: number[];
}

/**
 * Renders a site from batches of its records, in case order: each batch gives the bytes to append
 * to its files, in order; `finish` gives the rest, `site.json` included, and the row counts.
 */
export interface SiteRenderer {
  add(records: readonly SiteRecord[]): FileChunk[];
  finish(): { chunks: FileChunk[]; tableRows: number[] };
}

/** A renderer of site `site` with `layout`. */
export function siteRenderer(site: string, layout: Layout): SiteRenderer {
  const writers = layout.files.map(fileWriter);
  const counts = layout.files.flatMap((file) => file.tables.map(() => 0));
  return {
    add(records) {
      let t = 0;
      return writers.flatMap((writer) => {
        const { chunks, rows } = writer.add(records, layout.level);
        for (const count of rows) counts[t++]! += count;
        return chunks;
      });
    },
    finish() {
      const json = JSON.stringify(siteJson(site, layout), null, 2) + "\n";
      return {
        chunks: [
          ...writers.flatMap((writer) => writer.finish()),
          ["site.json", new TextEncoder().encode(json)],
        ],
        tableRows: counts,
      };
    },
  };
}

/** Every file of the site's export, from all its records (in case order). */
export function renderSite(
  site: string,
  layout: Layout,
  records: readonly SiteRecord[],
): RenderedSite {
  const renderer = siteRenderer(site, layout);
  const chunks = renderer.add(records);
  const { chunks: rest, tableRows } = renderer.finish();
  return { files: joinChunks([...chunks, ...rest]), tableRows };
}

/** Each file's chunks, in order, joined into its bytes. */
export function joinChunks(chunks: readonly FileChunk[]): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array[]>();
  for (const [name, bytes] of chunks) {
    const list = parts.get(name);
    if (list === undefined) parts.set(name, [bytes]);
    else list.push(bytes);
  }
  return new Map(
    [...parts].map(([name, list]) => {
      if (list.length === 1) return [name, list[0]!];
      const joined = new Uint8Array(list.reduce((sum, b) => sum + b.length, 0));
      let offset = 0;
      for (const bytes of list) {
        joined.set(bytes, offset);
        offset += bytes.length;
      }
      return [name, joined];
    }),
  );
}
