/**
 * One site's export: its files and the facts the annex needs about it. A site's files depend only
 * on its own records, so sites can be written one at a time, in any order, by any worker.
 *
 * @module
 */

import type { SiteRecord } from "../model.ts";
import { layoutNamed } from "./layouts/mod.ts";
import { renderSite } from "./render_site.ts";
import { type SiteFacts, siteFacts } from "./site_facts.ts";

/** The files (name -> bytes) of site `site` with layout `layout`, and its facts for the annex. */
export function exportSite(
  site: string,
  layout: string,
  records: readonly SiteRecord[],
  sharedKeys: ReadonlySet<string>,
): { files: Map<string, Uint8Array>; facts: SiteFacts } {
  const { files, tableRows } = renderSite(site, layoutNamed(layout), records);
  return { files, facts: siteFacts(site, layout, records, tableRows, sharedKeys) };
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
