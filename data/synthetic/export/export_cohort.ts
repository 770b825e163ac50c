/**
 * Every file of a cohort's raw exports, by path relative to the output folder: one folder per site
 * (its data files and `site.json`) and the annex `README.md`. Pure: no file access. The generator
 * writes large cohorts site by site instead (`export_site.ts`); this is the whole-cohort form, for
 * the calibrated cohort and for tests.
 *
 * @module
 */

import type { Cohort } from "../model.ts";
import { annex } from "./annex.ts";
import { exportSite, sharedPatientKeys } from "./export_site.ts";

/** Path (`S01/patients.csv`, `README.md`) -> bytes, in a stable order. */
export function exportCohort(cohort: Cohort): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const shared = sharedPatientKeys(cohort.records);
  const facts = cohort.sites.map(({ site, layout }) => {
    const exported = exportSite(
      site,
      layout,
      cohort.records.filter((r) => r.site === site),
      shared,
    );
    for (const [name, bytes] of exported.files) files.set(`${site}/${name}`, bytes);
    return exported.facts;
  });
  files.set(
    "README.md",
    new TextEncoder().encode(
      annex({ seed: cohort.seed, calibrated: cohort.calibrated, sites: facts }),
    ),
  );
  return files;
}
