/**
 * Site records of a whole cohort: what each site's export says about each patient (the record
 * builders are in `site_records.ts`). Used for the calibrated cohort, which is built in one piece;
 * large uncalibrated cohorts are built site by site (`random_site.ts`).
 *
 * @module
 */

import type { Patient, SiteRecord } from "./model.ts";
import type { Random } from "./random.ts";
import type { Layout } from "./export/layout.ts";
import { numberSiteCases, ownRecord, receivingRecord, referringRecord } from "./site_records.ts";

/** Where a patient is reported. */
export interface RecordPlan {
  patient: Patient;
  site: string;
  layout: Layout;
  /** The patient moves to `site` before advanced line `fromLine` (0-based, at least 1). */
  referral?: { site: string; layout: Layout; fromLine: number };
  duplicateRow?: boolean;
}

/** The site records of `plans`, with case numbers, ordered by site and case number. */
export function buildRecords(plans: readonly RecordPlan[], random: Random): SiteRecord[] {
  const records: SiteRecord[] = [];
  const layouts = new Map<string, Layout>();
  for (const plan of plans) {
    const { patient, site, layout, referral } = plan;
    layouts.set(site, layout);
    if (referral === undefined) {
      records.push(ownRecord(patient, site, layout, random, plan.duplicateRow ?? false));
      continue;
    }
    layouts.set(referral.site, referral.layout);
    records.push(
      referringRecord(patient, site, layout, referral.layout, referral.fromLine, random),
      receivingRecord(patient, referral.site, referral.layout, layout, referral.fromLine, random),
    );
  }
  const bySite = new Map<string, SiteRecord[]>();
  for (const record of records) {
    const site = bySite.get(record.site);
    if (site === undefined) bySite.set(record.site, [record]);
    else site.push(record);
  }
  return [...bySite.keys()].sort().flatMap((site) =>
    numberSiteCases(bySite.get(site)!, layouts.get(site)!, random)
  );
}
