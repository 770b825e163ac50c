/**
 * The plan of an uncalibrated cohort: how many patients each site has and where the plants go (a
 * duplicate row, a referral between two sites, the documented response disagreement, one planted
 * exclusion of each kind). Everything else about a site follows from the seed and the site's code
 * (`random_site.ts`), so the plan is all a worker needs to write a site, and it is small: a few
 * numbers per site and a birth-date offset per patient.
 *
 * Streams: `site-sizes` deals patients to sites, `plants` places the duplicate row and the
 * referral, `planted-sites` the planted exclusions (`random_plants.ts`), `birth-offsets` each
 * patient's birth date, chosen so that no two patients share birth date, sex and diagnosis date
 * (`random_identities.ts`; about 1 s for 10^6 patients, the plan's largest cost and its largest
 * part: two bytes a patient); the referral and the disagreement go to the first patient, from a
 * drawn starting point, whose drafted course allows them, which only needs a few patients drafted.
 *
 * @module
 */

import { type PlantedKind, plantedPatient } from "./screening.ts";
import { createRandom } from "./random.ts";
import { plantedSpecs } from "./random_plants.ts";
import { uniqueBirthOffsets } from "./random_identities.ts";
import { disagreementLine, draftRandomPatient } from "./random_patient.ts";
import { layoutNamed, LAYOUTS, siteCode } from "./export/layouts/mod.ts";

/** One site of the plan: its code, layout name and number of patients of its own. */
export interface PlannedSite {
  site: string;
  layout: string;
  patients: number;
  /** Each patient's birth date offset, in case order (`random_identities.ts`). */
  birthOffsets: Int16Array;
}

/** A patient of the plan: the `index`-th (0-based) of `site`. */
export interface PatientRef {
  site: string;
  index: number;
}

/** What a site worker needs to write any site of the cohort (plain data, structured-cloneable). */
export interface RandomCohortPlan {
  seed: number;
  sites: PlannedSite[];
  /** The patient whose patients row is written twice. */
  duplicate: PatientRef | null;
  /** The patient who moves to site `to` before their second line. */
  referral: (PatientRef & { to: string }) | null;
  /** The patient and line (0-based) whose reported best response is PR though RECIST gives SD. */
  disagreement: (PatientRef & { line: number }) | null;
  /** One planted exclusion per entry, keyed X1, X2, ... in this order. */
  planted: { kind: PlantedKind; site: string }[];
}

/** The plan of `patients` included patients at `sites` sites for `seed`. */
export function planRandomCohort(seed: number, patients: number, sites: number): RandomCohortPlan {
  if (!Number.isInteger(patients) || patients < sites || !Number.isInteger(sites) || sites < 1) {
    throw new RangeError(
      `Expected whole numbers with patients >= sites >= 1 but found ${patients} and ${sites}`,
    );
  }
  const layouts = Array.from(
    { length: sites },
    (_, i) => [siteCode(i), LAYOUTS[i % LAYOUTS.length]!] as const,
  );
  const sizes = siteSizes(seed, patients, sites);
  const planted = plantedSpecs(layouts, createRandom(seed, "planted-sites"));
  const offsets = uniqueBirthOffsets(
    seed,
    layouts.map(([site, layout], i) => ({ site, layout, patients: sizes[i]! })),
    planted.map((spec, i) => plantedPatient(spec, `X${i + 1}`, createRandom(seed, `planted-${i}`))),
  );
  const planned = layouts.map(([site, layout], i) => ({
    site,
    layout: layout.name,
    patients: sizes[i]!,
    birthOffsets: offsets[i]!,
  }));
  const plants = createRandom(seed, "plants");
  const duplicate = drawPatient(
    planned.filter((s) => layoutNamed(s.layout).files[0]?.format === "delimited"),
    plants.next(),
  );
  const disagreement = findDisagreement(seed, planned);
  const referral = sites < 2 ? null : findMover(
    seed,
    planned,
    drawPatient(planned, plants.next())!,
    (ref) => same(ref, duplicate) || same(ref, disagreement),
  );
  const to = referral === null
    ? null
    : plants.pick(planned.filter((s) => s.site !== referral.site)).site;
  return {
    seed,
    sites: planned,
    duplicate,
    referral: referral === null ? null : { ...referral, to: to! },
    disagreement,
    planted: planted.map(({ kind, site }) => ({ kind, site })),
  };
}

/** Patients per site: one each, then every other patient dealt to a site at random. */
function siteSizes(seed: number, patients: number, sites: number): Int32Array {
  const random = createRandom(seed, "site-sizes");
  const sizes = new Int32Array(sites).fill(1);
  for (let i = sites; i < patients; i++) sizes[random.int(0, sites - 1)]! += 1;
  return sizes;
}

/** The patient at position `draw` (uniform in [0, 1)) of all patients of `sites`, in site order. */
function drawPatient(sites: readonly PlannedSite[], draw: number): PatientRef | null {
  const total = sites.reduce((sum, s) => sum + s.patients, 0);
  if (total === 0) return null;
  let position = Math.floor(draw * total);
  for (const { site, patients } of sites) {
    if (position < patients) return { site, index: position };
    position -= patients;
  }
  return null;
}

/** The first patient of a `csv_iso` site (it reports measurements and best responses) fit for it. */
function findDisagreement(
  seed: number,
  sites: readonly PlannedSite[],
): (PatientRef & { line: number }) | null {
  for (const { site, layout, patients } of sites) {
    if (layout !== "csv_iso") continue;
    for (let index = 0; index < patients; index++) {
      const line = disagreementLine(draftRandomPatient(seed, site, layoutNamed(layout), index));
      if (line >= 0) return { site, index, line };
    }
  }
  return null;
}

/** From `start` on (wrapping round every site), the first patient with two lines or more. */
function findMover(
  seed: number,
  sites: readonly PlannedSite[],
  start: PatientRef,
  taken: (ref: PatientRef) => boolean,
): PatientRef | null {
  const first = sites.findIndex((s) => s.site === start.site);
  for (let k = 0; k <= sites.length; k++) {
    const { site, layout, patients } = sites[(first + k) % sites.length]!;
    const from = k === 0 ? start.index : 0;
    const to = k === sites.length ? start.index : patients;
    for (let index = from; index < to; index++) {
      const ref = { site, index };
      if (taken(ref)) continue;
      if (draftRandomPatient(seed, site, layoutNamed(layout), index).draft.lines.length >= 2) {
        return ref;
      }
    }
  }
  return null;
}

function same(a: PatientRef, b: PatientRef | null): boolean {
  return b !== null && a.site === b.site && a.index === b.index;
}
