/**
 * The site records of one site of an uncalibrated cohort, from the cohort's plan alone: its own
 * patients in index order (each from its own stream), the patient referred to it from another
 * site (drawn again from that patient's stream, so both sites agree without talking), and the
 * planted exclusions placed there. Hospital numbers, regimen texts and case numbers come from the
 * site's stream `<site>/records`. The result depends on the seed, the plan and the site only: not
 * on which worker writes the site, nor when.
 *
 * @module
 */

import type { SiteRecord } from "./model.ts";
import { createRandom } from "./random.ts";
import type { PatientRef, RandomCohortPlan } from "./random_plan.ts";
import { draftRandomPatient, finishRandomPatient } from "./random_patient.ts";
import { plantedPatient } from "./screening.ts";
import { numberSiteCases, ownRecord, receivingRecord, referringRecord } from "./site_records.ts";
import { layoutNamed } from "./export/layouts/mod.ts";
import type { Patient } from "./model.ts";

/** A referred patient moves before their second line for advanced disease. */
const REFERRAL_LINE = 1;

/** The records of `site` in case order, and the keys of its patients that another site reports. */
export function randomSiteRecords(
  plan: RandomCohortPlan,
  site: string,
): { records: SiteRecord[]; sharedKeys: Set<string> } {
  const planned = plan.sites.find((s) => s.site === site);
  if (planned === undefined) {
    throw new RangeError(
      `Expected a site of the plan (S01 to ${siteRange(plan)}) but found ${site}`,
    );
  }
  const layout = layoutNamed(planned.layout);
  const random = createRandom(plan.seed, `${site}/records`);
  const { referral } = plan;
  const records: SiteRecord[] = [];
  const sharedKeys = new Set<string>();
  for (let index = 0; index < planned.patients; index++) {
    const ref = { site, index };
    const patient = planPatient(plan, ref);
    if (referral !== null && same(ref, referral)) {
      const to = layoutNamed(siteLayout(plan, referral.to));
      records.push(referringRecord(patient, site, layout, to, REFERRAL_LINE, random));
      sharedKeys.add(patient.key);
    } else {
      records.push(ownRecord(patient, site, layout, random, same(ref, plan.duplicate)));
    }
  }
  if (referral !== null && referral.to === site) {
    const patient = planPatient(plan, referral);
    const from = layoutNamed(siteLayout(plan, referral.site));
    records.push(receivingRecord(patient, site, layout, from, REFERRAL_LINE, random));
    sharedKeys.add(patient.key);
  }
  plan.planted.forEach(({ kind, site: plantedSite }, i) => {
    if (plantedSite !== site) return;
    const patient = plantedPatient(
      { kind, site, layout },
      `X${i + 1}`,
      createRandom(plan.seed, `planted-${i}`),
    );
    records.push(ownRecord(patient, site, layout, random));
  });
  return { records: numberSiteCases(records, layout, random), sharedKeys };
}

/** The patient `ref` of the plan, with the documented disagreement if it is theirs. */
export function planPatient(plan: RandomCohortPlan, ref: PatientRef): Patient {
  const layout = layoutNamed(siteLayout(plan, ref.site));
  const { disagreement } = plan;
  return finishRandomPatient(
    draftRandomPatient(plan.seed, ref.site, layout, ref.index),
    layout,
    disagreement !== null && same(ref, disagreement) ? disagreement.line : undefined,
  );
}

function siteLayout(plan: RandomCohortPlan, site: string): string {
  const found = plan.sites.find((s) => s.site === site);
  if (found === undefined) throw new RangeError(`Expected a site of the plan but found ${site}`);
  return found.layout;
}

function siteRange(plan: RandomCohortPlan): string {
  return plan.sites[plan.sites.length - 1]?.site ?? "S01";
}

function same(a: PatientRef, b: PatientRef | null): boolean {
  return b !== null && a.site === b.site && a.index === b.index;
}
