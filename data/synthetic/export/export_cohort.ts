/**
 * Every file of a cohort's raw exports, by path relative to the output folder: one folder per site
 * (its data files and `site.json`) and the annex `README.md`. Pure: no file access.
 *
 * @module
 */

import type { Cohort } from "../model.ts";
import { annex } from "./annex.ts";
import { layoutNamed } from "./layouts/mod.ts";
import { renderSite } from "./render_site.ts";

/** Path (`S01/patients.csv`, `README.md`) -> bytes, in a stable order. */
export function exportCohort(cohort: Cohort): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const { site, layout } of cohort.sites) {
    const records = cohort.records.filter((r) => r.site === site);
    for (const [name, bytes] of renderSite(site, layoutNamed(layout), records)) {
      files.set(`${site}/${name}`, bytes);
    }
  }
  files.set("README.md", new TextEncoder().encode(annex(cohort)));
  return files;
}
