/**
 * The direct identifiers of a raw folder (names, hospital numbers, birth dates, in the form the
 * export writes them and as ISO dates), found with ingest's own readers, and a scanner that looks
 * for them in text. A value that the raw data also hold in a field that is not an identifier (a
 * birth date that is also someone's date of diagnosis, say) cannot be told apart and is skipped, as
 * are values shorter than 3 characters and workbook numbers (serial dates).
 */

import { loadSiteSpecs } from "../../pipeline/ingest/site_specs/load.ts";
import type { RawFolder } from "../../pipeline/ingest/readers/raw_folder.ts";
import { readSite } from "../../pipeline/ingest/readers/read_site.ts";
import { SOURCE_FIELDS } from "../../pipeline/ingest/values/source_fields.ts";
import { sourceRecords } from "../../pipeline/ingest/values/source_records.ts";

/** The identifier values of `raw` worth searching for. */
export function rawIdentifiers(raw: RawFolder): string[] {
  const identifiers = new Set<string>();
  const others = new Set<string>();
  for (const site of loadSiteSpecs(raw).sites) {
    for (const read of readSite(site).reads) {
      const fields = SOURCE_FIELDS[read.table.table];
      for (const row of read.raw.rows) {
        for (const [field, column] of Object.entries(read.table.columns)) {
          const cell = row.values.get(column);
          if (typeof cell !== "string" || cell.trim() === "") continue;
          (fields[field]?.identifier ? identifiers : others).add(cell.trim());
        }
      }
      for (const record of sourceRecords(read).records) {
        for (const [field, value] of Object.entries(record.values)) {
          if (value === null) continue;
          (fields[field]?.identifier ? identifiers : others).add(String(value));
        }
      }
    }
  }
  return [...identifiers].filter((v) => v.length >= 3 && !others.has(v)).sort();
}

/** The identifiers that occur in `text` as whole words. */
export function identifiersIn(text: string, identifiers: readonly string[]): string[] {
  return identifiers.filter((id) => {
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u").test(text);
  });
}

/** Every file below `folder` (if it exists), as [path, text]. */
export async function filesBelow(folder: string): Promise<[string, string][]> {
  const files: [string, string][] = [];
  try {
    for await (const entry of Deno.readDir(folder)) {
      const path = `${folder}/${entry.name}`;
      if (entry.isDirectory) files.push(...await filesBelow(path));
      else if (entry.isFile) {
        files.push([path, new TextDecoder("latin1").decode(await Deno.readFile(path))]);
      }
    }
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
  return files;
}
