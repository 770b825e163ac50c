/**
 * The calibrated cohort: 55 included patients whose honest analysis reproduces the publication,
 * plus the planted screening records. Survival is designed first (`OS_DESIGN`), then each patient
 * gets a number of lines that fits their survival, the ten designed sunitinib lines are placed,
 * dates are set within the study window, and the rest is drawn from seeded streams.
 *
 * @module
 */

import { daysBetween } from "../../../pipeline/_shared/dates.ts";
import { CALIBRATED_SEED, DATA_CUTOFF, STUDY_WINDOW } from "../config.ts";
import type { CoursePlan } from "../course.ts";
import type { Cohort, Patient } from "../model.ts";
import { fictitiousName } from "../names.ts";
import {
  draftPatient,
  finalisePatient,
  type PatientDraft,
  type PatientProfile,
} from "../patient.ts";
import { createRandom, type Random } from "../random.ts";
import { buildRecords, type RecordPlan } from "../records.ts";
import { chooseResponders } from "../responders.ts";
import { type PlantedKind, plantExclusions } from "../screening.ts";
import { designSurvivalTimes } from "../survival_design.ts";
import { LAYOUTS, siteCode } from "../export/layouts/mod.ts";
import { assignLineCounts } from "./line_counts.ts";
import { calibratedProfiles } from "./profiles.ts";
import { OS_DESIGN, SUNITINIB_DESIGN } from "./design.ts";
import { sunitinibLines } from "./sunitinib.ts";
import { placeSunitinib } from "./sunitinib_patients.ts";
import { advancedDates } from "./dates.ts";
import { disagreeingLine } from "./disagreement.ts";
import { drawDiseaseProfile } from "../measurements.ts";

// The referring site has the lower code, so that the usubjid goes to it whether a pipeline breaks
// the tie on the first line's start (both sites report it) by site code or by who gave the line.
const REFERRING_SITE = "S01";
const RECEIVING_SITE = "S07";
const DUPLICATE_SITE = "S07";
/** The planted screening exclusions and their sites. */
const PLANTED: readonly [PlantedKind, string][] = [
  ["not_tested", "S02"],
  ["negative", "S09"],
  ["localised_only", "S04"],
  ["after_window", "S03"],
  ["before_window", "S06"],
];

/** The calibrated cohort of `seed` (by default the committed one). */
export function calibratedCohort(seed = CALIBRATED_SEED): Cohort {
  const stream = (name: string): Random => createRandom(seed, name);
  const entries = assignLineCounts(designSurvivalTimes(OS_DESIGN, stream("os")), stream("lines"));
  const sunitinib = placeSunitinib(
    sunitinibLines(designSurvivalTimes(SUNITINIB_DESIGN, stream("sunitinib"))),
    entries.filter((e) => !e.pinned),
    stream("sunitinib-patients"),
  );
  const referral = stream("referral").pick(
    entries.filter((e) => e.lineCount >= 3 && e.outcome === "dead" && !sunitinib.has(e.id)),
  );
  const profiles = calibratedProfiles(entries, referral.id, REFERRING_SITE, stream("profiles"));
  const dates = advancedDates(entries, sunitinib, stream("dates"));
  const layouts = new Map(LAYOUTS.map((layout, i) => [siteCode(i), layout]));
  const excluded = new Set(["sunitinib"]);
  const drafts: PatientDraft[] = entries.map((entry) => {
    const profile = profiles[entry.id]!;
    const date = dates.get(entry.id)!;
    const layout = layouts.get(profile.site)!;
    const course: CoursePlan = {
      osDays: entry.osDays,
      outcome: entry.outcome,
      lineCount: entry.lineCount,
      firstGap: date.firstGap,
      lastStartDay: daysBetween(date.advancedDate, STUDY_WINDOW.last),
      fixed: sunitinib.get(entry.id),
    };
    const full: PatientProfile = {
      ...profile,
      key: `P${String(entry.id + 1).padStart(2, "0")}`,
      advancedDate: date.advancedDate,
      course,
      fixedRegimen: course.fixed ? "sunitinib" : undefined,
      perioperative: layout.reportsSetting && profile.relapseDays >= 300 && date.adjuvant,
      excluded,
    };
    return draftPatient(full, stream(`course-${entry.id}`));
  });
  const responders = chooseResponders(drafts, stream("responders"), true);
  const disagreement = disagreeingLine(
    drafts,
    responders,
    sunitinib,
    referral.id,
    stream("disagreement"),
  );
  const names = stream("names");
  const patients: Patient[] = drafts.map((draft, i) => {
    const layout = layouts.get(draft.profile.site)!;
    const random = stream(`patient-${i}`);
    return finalisePatient(
      draft,
      responders.get(draft.profile.key)!,
      fictitiousName(layout.language, draft.profile.sex, names),
      drawDiseaseProfile(random),
      random,
      {
        nearPartialResponse: disagreement?.key === draft.profile.key
          ? disagreement.index
          : undefined,
        birthOffset: random.int(0, 359),
      },
    );
  });
  const plans: RecordPlan[] = patients.map((patient, i) => {
    const site = drafts[i]!.profile.site;
    const plan: RecordPlan = { patient, site, layout: layouts.get(site)! };
    if (entries[i]!.id === referral.id) {
      plan.referral = { site: RECEIVING_SITE, layout: layouts.get(RECEIVING_SITE)!, fromLine: 1 };
    }
    return plan;
  });
  const duplicate = stream("duplicate").pick(
    plans.filter((p) => p.site === DUPLICATE_SITE && !p.referral),
  );
  duplicate.duplicateRow = true;
  const planted = plantExclusions(
    PLANTED.map(([kind, site]) => ({ kind, site, layout: layouts.get(site)! })),
    stream("planted"),
  );
  const records = buildRecords([...plans, ...planted], stream("records"));
  for (const record of records) {
    if (record.patient.vitalStatus === "alive" && record.lastContactDate > DATA_CUTOFF) {
      throw new RangeError(`Last contact ${record.lastContactDate} after the cut-off`);
    }
  }
  return {
    seed,
    calibrated: true,
    sites: [...layouts].map(([site, layout]) => ({ site, layout: layout.name })),
    patients: [...patients, ...planted.map((p) => p.patient)],
    records,
  };
}
