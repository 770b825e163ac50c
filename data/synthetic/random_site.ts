/**
 * The site records of one site of an uncalibrated cohort, from the cohort's plan alone: its own
 * patients (each from its own stream), the patient referred to it from another site (drawn again
 * from that patient's stream, so both sites agree without talking), and the planted exclusions
 * placed there. The result depends on the seed, the plan and the site only: not on which worker
 * writes the site, nor when.
 *
 * Records come in case order, in batches ({@linkcode randomSiteBatches}): the cases are numbered
 * first from each patient's diagnosis date (the first draws of its stream), then each patient is
 * drawn in full only when its batch is made, so a site of any size is never held whole. Case
 * numbers, hospital numbers and regimen texts come from the site's stream `<site>/records`.
 *
 * @module
 */

import type { Patient, SiteRecord } from "./model.ts";
import { createRandom, type Random } from "./random.ts";
import type { PatientRef, PlannedSite, RandomCohortPlan } from "./random_plan.ts";
import {
  draftRandomPatient,
  finishRandomPatient,
  randomDiagnosisDate,
  randomPatientKey,
} from "./random_patient.ts";
import { plantedPatient } from "./screening.ts";
import { caseNumbers, ownRecord, receivingRecord, referringRecord } from "./site_records.ts";
import { layoutNamed } from "./export/layouts/mod.ts";
import type { Layout } from "./export/layout.ts";

/** A referred patient moves before their second line for advanced disease. */
const REFERRAL_LINE = 1;

/** One case of a site before its patient is drawn: who, and how the site reports them. */
interface SiteCase {
  role: "own" | "referring" | "receiving" | "planted";
  /** The patient's index at its own site (own, referring), or the planted exclusion's index. */
  index: number;
  diagnosisDate: string;
  key: string;
}

/** The keys of the site's patients that another site reports too (a referral). */
export function randomSharedKeys(plan: RandomCohortPlan, site: string): Set<string> {
  const { referral } = plan;
  if (referral === null || (referral.site !== site && referral.to !== site)) return new Set();
  return new Set([randomPatientKey(referral.site, referral.index)]);
}

/** The site's records in case order, `size` at a time. */
export function* randomSiteBatches(
  plan: RandomCohortPlan,
  site: string,
  size = 2_000,
): Generator<SiteRecord[]> {
  const layout = layoutNamed(siteLayout(plan, site));
  const random = createRandom(plan.seed, `${site}/records`);
  const planted = new Map<number, Patient>();
  const cases = siteCases(plan, site, layout, planted);
  const ids = caseNumbers(cases, layout, random);
  let batch: SiteRecord[] = [];
  for (const [i, entry] of cases.entries()) {
    const record = siteRecord(plan, site, layout, entry, planted, random);
    record.caseId = ids[i]!;
    batch.push(record);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** All the site's records in case order, and the keys it shares with another site. */
export function randomSiteRecords(
  plan: RandomCohortPlan,
  site: string,
): { records: SiteRecord[]; sharedKeys: Set<string> } {
  return {
    records: [...randomSiteBatches(plan, site)].flat(),
    sharedKeys: randomSharedKeys(plan, site),
  };
}

/** The patient `ref` of the plan, with the documented disagreement if it is theirs. */
export function planPatient(plan: RandomCohortPlan, ref: PatientRef): Patient {
  const layout = layoutNamed(siteLayout(plan, ref.site));
  const { disagreement } = plan;
  return finishRandomPatient(
    draftRandomPatient(plan.seed, ref.site, layout, ref.index),
    layout,
    plannedSite(plan, ref.site).birthOffsets[ref.index]!,
    disagreement !== null && same(ref, disagreement) ? disagreement.line : undefined,
  );
}

function siteCases(
  plan: RandomCohortPlan,
  site: string,
  layout: Layout,
  planted: Map<number, Patient>,
): SiteCase[] {
  const { referral } = plan;
  const patients = plannedSite(plan, site).patients;
  const cases: SiteCase[] = [];
  for (let index = 0; index < patients; index++) {
    cases.push({
      role: referral !== null && same({ site, index }, referral) ? "referring" : "own",
      index,
      diagnosisDate: randomDiagnosisDate(plan.seed, site, layout, index),
      key: randomPatientKey(site, index),
    });
  }
  if (referral !== null && referral.to === site) {
    const from = layoutNamed(siteLayout(plan, referral.site));
    cases.push({
      role: "receiving",
      index: referral.index,
      diagnosisDate: randomDiagnosisDate(plan.seed, referral.site, from, referral.index),
      key: randomPatientKey(referral.site, referral.index),
    });
  }
  plan.planted.forEach(({ kind, site: plantedSite }, i) => {
    if (plantedSite !== site) return;
    const patient = plantedPatient(
      { kind, site, layout },
      `X${i + 1}`,
      createRandom(plan.seed, `planted-${i}`),
    );
    planted.set(i, patient);
    cases.push({
      role: "planted",
      index: i,
      diagnosisDate: patient.diagnosisDate,
      key: patient.key,
    });
  });
  return cases;
}

function siteRecord(
  plan: RandomCohortPlan,
  site: string,
  layout: Layout,
  entry: SiteCase,
  planted: ReadonlyMap<number, Patient>,
  random: Random,
): SiteRecord {
  const referral = plan.referral!;
  switch (entry.role) {
    case "own":
      return ownRecord(
        planPatient(plan, { site, index: entry.index }),
        site,
        layout,
        random,
        same({ site, index: entry.index }, plan.duplicate),
      );
    case "referring":
      return referringRecord(
        planPatient(plan, referral),
        site,
        layout,
        layoutNamed(siteLayout(plan, referral.to)),
        REFERRAL_LINE,
        random,
      );
    case "receiving":
      return receivingRecord(
        planPatient(plan, referral),
        site,
        layout,
        layoutNamed(siteLayout(plan, referral.site)),
        REFERRAL_LINE,
        random,
      );
    case "planted":
      return ownRecord(planted.get(entry.index)!, site, layout, random);
  }
}

function siteLayout(plan: RandomCohortPlan, site: string): string {
  return plannedSite(plan, site).layout;
}

/** Each plan's sites by code, so that finding a patient's site is not a scan per patient. */
const sitesOfPlan = new WeakMap<RandomCohortPlan, Map<string, PlannedSite>>();

function plannedSite(plan: RandomCohortPlan, site: string): PlannedSite {
  let sites = sitesOfPlan.get(plan);
  if (sites === undefined) {
    sites = new Map(plan.sites.map((s) => [s.site, s]));
    sitesOfPlan.set(plan, sites);
  }
  const found = sites.get(site);
  if (found === undefined) {
    throw new RangeError(
      `Expected a site of the plan (S01 to ${plan.sites.at(-1)?.site}) but found ${site}`,
    );
  }
  return found;
}

function same(a: PatientRef, b: PatientRef | null): boolean {
  return b !== null && a.site === b.site && a.index === b.index;
}
