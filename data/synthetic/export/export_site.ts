/**
 * One site's export: its files and the facts the annex needs about it. A site's files depend only
 * on its own records, so sites can be written one at a time, in any order, by any worker; within a
 * site, records come in batches in case order ({@linkcode siteExporter}), so a large site is never
 * held whole.
 *
 * @module
 */

import type { SiteRecord } from "../model.ts";
import { layoutNamed } from "./layouts/mod.ts";
import type { FileChunk } from "./file_writers.ts";
import { joinChunks, siteRenderer } from "./render_site.ts";
import { type SiteFacts, siteFacts } from "./site_facts.ts";

/** A site's files (name -> bytes) and its facts for the annex. */
export interface ExportedSite {
  files: Map<string, Uint8Array>;
  facts: SiteFacts;
}

/**
 * Exports a site from batches of its records, in case order: each batch gives bytes to append to
 * the site's files; `finish` gives the rest and the site's facts.
 */
export interface SiteExporter {
  add(records: readonly SiteRecord[]): FileChunk[];
  finish(): { chunks: FileChunk[]; facts: SiteFacts };
}

/** An exporter of site `site` with layout `layout`; `sharedKeys` as in `siteFacts`. */
export function siteExporter(
  site: string,
  layout: string,
  sharedKeys: ReadonlySet<string>,
): SiteExporter {
  const renderer = siteRenderer(site, layoutNamed(layout));
  const facts = siteFacts(site, layout, [], [], sharedKeys);
  return {
    add(records) {
      const batch = siteFacts(site, layout, records, [], sharedKeys);
      facts.screening.push(...batch.screening);
      facts.disagreements.push(...batch.disagreements);
      facts.shared.push(...batch.shared);
      return renderer.add(records);
    },
    finish() {
      const { chunks, tableRows } = renderer.finish();
      return { chunks, facts: { ...facts, tableRows } };
    },
  };
}

/** The files and facts of site `site` from all its records (in case order). */
export function exportSite(
  site: string,
  layout: string,
  records: readonly SiteRecord[],
  sharedKeys: ReadonlySet<string>,
): ExportedSite {
  const exporter = siteExporter(site, layout, sharedKeys);
  const chunks = exporter.add(records);
  const { chunks: rest, facts } = exporter.finish();
  return { files: joinChunks([...chunks, ...rest]), facts };
}

/** The keys of patients that more than one record reports (a referral between sites). */
export function sharedPatientKeys(records: readonly SiteRecord[]): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const { patient } of records) {
    if (seen.has(patient.key)) shared.add(patient.key);
    seen.add(patient.key);
  }
  return shared;
}
