/**
 * Who the calibrated patients are: site, sex, age at diagnosis, primary site, stage, fusion. Each
 * characteristic is dealt out in the exact counts of the design and shuffled, so every count the
 * publication reports holds by construction. The referred patient is placed at the referring site.
 *
 * @module
 */

import type { PatientProfile } from "../patient.ts";
import type { Random } from "../random.ts";
import {
  AGE_ANCHORS,
  FUSION_COUNTS,
  PRIMARY_SITE_COUNTS,
  SEX_COUNTS,
  SITE_SIZES,
  STAGE_COUNTS,
} from "./design.ts";
import type { Entry } from "./line_counts.ts";

/** The part of a profile that does not depend on dates or the course. */
export type BaseProfile = Pick<
  PatientProfile,
  | "site"
  | "sex"
  | "ageAtDiagnosis"
  | "primarySite"
  | "stage"
  | "molecularConfirmation"
  | "fusion"
  | "relapseDays"
>;

/** Profiles by entry id. */
export function calibratedProfiles(
  entries: readonly Entry[],
  referralId: number,
  referringSite: string,
  random: Random,
): BaseProfile[] {
  const n = entries.length;
  const sites = dealt(SITE_SIZES, n);
  // The referred patient takes one of the referring site's places.
  sites.splice(sites.indexOf(referringSite), 1);
  const shuffledSites = random.shuffle(sites);
  const ids = entries.map((e) => e.id);
  const siteOf = new Map<number, string>([[referralId, referringSite]]);
  ids.filter((id) => id !== referralId).forEach((id, i) => siteOf.set(id, shuffledSites[i]!));
  const sexes = random.shuffle(dealt(SEX_COUNTS, n));
  const primaries = random.shuffle(dealt(PRIMARY_SITE_COUNTS, n));
  const stages = random.shuffle(dealt(STAGE_COUNTS, n));
  const fusions = random.shuffle(dealt(FUSION_COUNTS, n));
  const ages = random.shuffle(ageList(n, random));
  return ids.map((id, i) => ({
    site: siteOf.get(id)!,
    sex: sexes[i]!,
    ageAtDiagnosis: ages[i]!,
    primarySite: primaries[i]!,
    stage: stages[i]!,
    molecularConfirmation: "yes",
    fusion: fusions[i]!,
    relapseDays: stages[i] === "localised" ? random.int(240, 2200) : 0,
  }));
}

/** Each key repeated its count of times; the counts must add up to `n`. */
function dealt<K extends string>(counts: Readonly<Partial<Record<K, number>>>, n: number): K[] {
  const list = Object.entries(counts).flatMap(([key, count]) =>
    Array<K>(count as number).fill(key as K)
  );
  if (list.length !== n) {
    throw new RangeError(`Expected counts adding up to ${n} but found ${list.length}`);
  }
  return list;
}

/** Ages in ascending order around the anchors: youngest, median ranks, oldest. */
function ageList(n: number, random: Random): number[] {
  const { youngest, oldest, median, medianRanks } = AGE_ANCHORS;
  const first = medianRanks[0]!;
  const last = medianRanks[medianRanks.length - 1]!;
  const ages: number[] = [];
  for (let rank = 0; rank < n; rank++) {
    if (rank === 0) ages.push(youngest);
    else if (rank === n - 1) ages.push(oldest);
    else if (rank >= first && rank <= last) ages.push(median);
    else if (rank < first) ages.push(random.int(youngest + 1, median - 1));
    // Older patients thin out: most are in their thirties to fifties.
    else ages.push(median + 1 + Math.floor(Math.pow(random.next(), 1.6) * (oldest - median - 1)));
  }
  return ages.sort((a, b) => a - b);
}
