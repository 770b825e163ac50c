/**
 * Screened records that an honest pipeline must exclude, each for a documented reason: no
 * molecular confirmation (fusion not tested, or EWSR1 negative), localised disease only (an
 * adjuvant line, no treatment for advanced disease), and treatment only outside the study window
 * (a first line after May 2021, or before June 1985). The exact duplicate row and the referral are
 * planted by the cohort builders, since they concern included patients.
 *
 * @module
 */

import { addDays, daysBetween } from "./fast_dates.ts";
import { DATA_CUTOFF } from "./config.ts";
import type { Patient } from "./model.ts";
import { fictitiousName } from "./names.ts";
import { draftPatient, finalisePatient, type PatientProfile } from "./patient.ts";
import type { Random } from "./random.ts";
import type { RecordPlan } from "./records.ts";
import type { Layout } from "./export/layout.ts";

/** The kinds of planted exclusion. */
export type PlantedKind =
  | "not_tested"
  | "negative"
  | "localised_only"
  | "after_window"
  | "before_window";

/** Where to plant one excluded patient. */
export interface PlantedSpec {
  kind: PlantedKind;
  site: string;
  layout: Layout;
}

/** One record plan per spec, each a patient that the eligibility rules exclude. */
export function plantExclusions(specs: readonly PlantedSpec[], random: Random): RecordPlan[] {
  return specs.map((spec, i) => ({
    patient: plantedPatient(spec, `X${i + 1}`, random),
    site: spec.site,
    layout: spec.layout,
  }));
}

/** The excluded patient `key` of `spec`, drawn from `random`. */
export function plantedPatient(spec: PlantedSpec, key: string, random: Random): Patient {
  const sex = random.pick(["M", "F"] as const);
  const name = fictitiousName(spec.layout.language, sex, random);
  if (spec.kind === "localised_only") return localisedOnly(spec, key, sex, name, random);
  const advanced = {
    not_tested: addDays("2006-01-01", random.int(0, 4000)),
    negative: addDays("2010-01-01", random.int(0, 3000)),
    after_window: addDays("2021-06-02", random.int(0, 20)),
    before_window: addDays("1984-06-01", random.int(0, 90)),
  }[spec.kind];
  const after = spec.kind === "after_window";
  const osDays = after
    ? daysBetween(advanced, DATA_CUTOFF) - random.int(0, 10)
    : random.int(200, 700);
  const profile: PatientProfile = {
    key,
    site: spec.site,
    sex,
    ageAtDiagnosis: random.int(20, 65),
    primarySite: random.pick(["limb", "trunk", "aponeurosis", "other"] as const),
    stage: spec.kind === "negative" ? "localised" : "metastatic",
    molecularConfirmation: spec.kind === "not_tested" || spec.kind === "negative" ? "no" : "yes",
    fusion: spec.kind === "not_tested"
      ? "not_tested"
      : spec.kind === "negative"
      ? "negative"
      : "EWSR1-ATF1",
    advancedDate: advanced,
    relapseDays: spec.kind === "negative" ? random.int(300, 900) : 0,
    course: {
      osDays,
      outcome: after ? "alive" : "dead",
      lineCount: spec.kind === "not_tested" ? 2 : 1,
      firstGap: random.int(20, 35),
      lastStartDay: osDays,
    },
    perioperative: false,
    excluded: new Set(),
  };
  const exclusion = spec.kind === "after_window" || spec.kind === "before_window"
    ? "treated_outside_study_window"
    : "not_molecularly_confirmed";
  const patient = finalisePatient(
    draftPatient(profile, random),
    new Map(),
    name,
    { nodalShare: 0, nontarget: true },
    random,
    {
      birthOffset: random.int(0, 359),
    },
  );
  return { ...patient, exclusion };
}

/** Surgery and adjuvant chemotherapy for localised disease; never advanced, alive. */
function localisedOnly(
  spec: PlantedSpec,
  key: string,
  sex: "M" | "F",
  name: { familyName: string; givenName: string },
  random: Random,
): Patient {
  if (!spec.layout.reportsSetting) {
    throw new RangeError(
      `Site ${spec.site} does not report settings, so it cannot show an adjuvant line`,
    );
  }
  const diagnosisDate = addDays("2012-01-01", random.int(0, 2500));
  const startDate = addDays(diagnosisDate, random.int(25, 50));
  const age = random.int(18, 60);
  const year = Number(diagnosisDate.slice(0, 4)) - age;
  return {
    key,
    ...name,
    sex,
    birthDate: `${year}-${diagnosisDate.slice(5, 7)}-${String(random.int(1, 28)).padStart(2, "0")}`,
    diagnosisDate,
    primarySite: "limb",
    stage: "localised",
    molecularConfirmation: "yes",
    fusion: "EWSR1-ATF1",
    advancedDate: null,
    lastContactDate: addDays(DATA_CUTOFF, -random.int(20, 200)),
    vitalStatus: "alive",
    deathDate: null,
    lines: [{
      setting: "perioperative",
      regimen: "doxorubicin-ifosfamide",
      startDate,
      endDate: addDays(startDate, random.int(100, 130)),
      reasonStopped: "completed",
      bestResponse: null,
      reportedBestResponse: null,
      progressionDate: null,
      assessments: [],
    }],
    exclusion: "no_systemic_therapy_for_advanced_disease",
  };
}
