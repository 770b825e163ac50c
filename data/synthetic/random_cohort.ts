/**
 * An uncalibrated cohort of any size, in the same formats, for scale benchmarks and to show that
 * the pipeline is not tuned to one data set. Nothing is designed: survival is exponential with a
 * median of about 15 months, the number of lines follows survival, regimens follow the era, and
 * each line responds by chance. Sites beyond ten reuse the ten layouts in rotation. The same
 * screening records are planted (no molecular confirmation, localised only, outside the window, a
 * duplicate row, a referral when there are two sites or more) and one documented disagreement.
 *
 * @module
 */

import { dayNumber, isoFromDayNumber } from "../../pipeline/_shared/dates.ts";
import { DATA_CUTOFF, STUDY_WINDOW } from "./config.ts";
import type { Cohort, Fusion, PrimarySite, Stage } from "./model.ts";
import { fictitiousName } from "./names.ts";
import { draftPatient, finalisePatient, type PatientDraft } from "./patient.ts";
import { createRandom, type Random } from "./random.ts";
import { buildRecords, type RecordPlan } from "./records.ts";
import { chooseResponders } from "./responders.ts";
import { plantExclusions } from "./screening.ts";
import { plantedSpecs, plantScreening } from "./random_plants.ts";
import { LAYOUTS, siteCode } from "./export/layouts/mod.ts";
import type { Layout } from "./export/layout.ts";
import { drawDiseaseProfile } from "./measurements.ts";

/** A random cohort of `patients` included patients at `sites` sites. */
export function randomCohort(seed: number, patients: number, sites: number): Cohort {
  if (!Number.isInteger(patients) || patients < sites || !Number.isInteger(sites) || sites < 1) {
    throw new RangeError(
      `Expected whole numbers with patients >= sites >= 1 but found ${patients} and ${sites}`,
    );
  }
  const stream = (name: string): Random => createRandom(seed, name);
  const layouts = Array.from(
    { length: sites },
    (_, i) => [siteCode(i), LAYOUTS[i % LAYOUTS.length]!] as const,
  );
  const layoutOf = new Map(layouts);
  const draw = stream("profiles");
  const drafts: PatientDraft[] = Array.from({ length: patients }, (_, i) => {
    const site = i < sites ? layouts[i]![0] : draw.pick(layouts)[0];
    return draftPatient(
      randomProfile(`P${i + 1}`, site, layoutOf.get(site)!, draw),
      stream(`course-${i}`),
    );
  });
  const responders = chooseResponders(drafts, stream("responders"), false);
  const names = stream("names");
  const disagreeing = drafts.findIndex((d) =>
    layoutOf.get(d.profile.site)!.name === "csv_iso" &&
    d.lines.some((l) => l.progression !== null && l.assessments.length >= 3)
  );
  const plans: RecordPlan[] = drafts.map((draft, i) => {
    const random = stream(`patient-${i}`);
    const layout = layoutOf.get(draft.profile.site)!;
    const near = i === disagreeing
      ? draft.lines.findIndex((l, index) =>
        l.progression !== null && l.assessments.length >= 3 &&
        !responders.get(draft.profile.key)!.has(index)
      )
      : -1;
    const patient = finalisePatient(
      draft,
      responders.get(draft.profile.key)!,
      fictitiousName(layout.language, draft.profile.sex, names),
      drawDiseaseProfile(random),
      random,
      { nearPartialResponse: near >= 0 ? near : undefined, birthOffset: random.int(0, 359) },
    );
    return { patient, site: draft.profile.site, layout };
  });
  plantScreening(plans, layouts, stream("screening"));
  const planted = plantExclusions(
    plantedSpecs(layouts, stream("planted-sites")),
    stream("planted"),
  );
  const records = buildRecords([...plans, ...planted], stream("records"));
  return {
    seed,
    calibrated: false,
    sites: layouts.map(([site, layout]) => ({ site, layout: layout.name })),
    patients: [...plans, ...planted].map((p) => p.patient),
    records,
  };
}

function randomProfile(key: string, site: string, layout: Layout, random: Random) {
  const cutoff = dayNumber(DATA_CUTOFF);
  const low = dayNumber(STUDY_WINDOW.first);
  const high = dayNumber(STUDY_WINDOW.last) - 60;
  const advanced = low + Math.floor(Math.pow(random.next(), 0.7) * (high - low));
  // Exponential survival with a median of 15 months; censored at the cut-off, or lost now and then.
  const survival = Math.max(45, Math.round((-Math.log(1 - random.next()) * 457) / Math.LN2));
  const alive = advanced + survival > cutoff - 30;
  const lost = !alive && random.chance(0.05);
  const osDays = alive
    ? cutoff - random.int(0, 30) - advanced
    : lost
    ? Math.max(45, Math.round(survival * random.uniform(0.3, 1)))
    : survival;
  const firstGap = Math.max(5, Math.min(random.int(7, 42), osDays - 45));
  const lastStartDay = dayNumber(STUDY_WINDOW.last) - advanced;
  // Lines must fit both the survival time and the study window (75 days a line at least).
  const maxLines = Math.max(
    1,
    Math.min(Math.floor((osDays - 102) / 75), Math.floor((lastStartDay - firstGap) / 75)) + 1,
  );
  let lineCount = 1;
  while (lineCount < Math.min(maxLines, 8) && random.chance(0.45)) lineCount++;
  const stage = random.weighted<Stage>([["localised", 0.65], ["locally_advanced", 0.1], [
    "metastatic",
    0.25,
  ]]);
  const relapseDays = stage === "localised" ? random.int(240, 2200) : 0;
  return {
    key,
    site,
    sex: random.pick(["M", "F"] as const),
    ageAtDiagnosis: Math.min(85, 15 + Math.floor(Math.pow(random.next(), 1.4) * 60)),
    primarySite: random.weighted<PrimarySite>([
      ["limb", 3],
      ["aponeurosis", 2],
      ["trunk", 2],
      ["head_neck", 1],
      ["visceral_gi", 1],
      ["other", 1],
    ]),
    stage,
    molecularConfirmation: "yes" as const,
    fusion: random.weighted<Fusion>([["EWSR1-ATF1", 5], ["EWSR1-rearranged", 4], [
      "EWSR1-CREB1",
      1.5,
    ]]),
    advancedDate: isoFromDayNumber(advanced),
    relapseDays,
    course: {
      osDays,
      outcome: alive || lost ? "alive" as const : "dead" as const,
      lineCount,
      firstGap,
      lastStartDay,
    },
    perioperative: layout.reportsSetting && relapseDays >= 300 && random.chance(0.4),
    excluded: new Set<string>(),
  };
}
