/**
 * An uncalibrated cohort of any size, in the same formats, for scale benchmarks and to show that
 * the pipeline is not tuned to one data set. Nothing is designed (`random_profile.ts`); sites
 * beyond ten reuse the ten layouts in rotation. The same screening records are planted (no
 * molecular confirmation, localised only, outside the window, a duplicate row, a referral when
 * there are two sites or more) and one documented disagreement (`random_plan.ts`).
 *
 * The generator writes such a cohort site by site (`random_site.ts`), never holding it whole; this
 * module assembles the whole cohort, for tests and small uses.
 *
 * @module
 */

import type { Cohort } from "./model.ts";
import { planRandomCohort } from "./random_plan.ts";
import { randomSiteRecords } from "./random_site.ts";

/** A random cohort of `patients` included patients at `sites` sites. */
export function randomCohort(seed: number, patients: number, sites: number): Cohort {
  const plan = planRandomCohort(seed, patients, sites);
  const records = plan.sites.flatMap(({ site }) => randomSiteRecords(plan, site).records);
  const seen = new Set<string>();
  const unique = records.map((r) => r.patient).filter((p) => !seen.has(p.key) && seen.add(p.key));
  return {
    seed,
    calibrated: false,
    sites: plan.sites.map(({ site, layout }) => ({ site, layout })),
    patients: unique,
    records,
  };
}
