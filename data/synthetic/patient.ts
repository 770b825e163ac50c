/**
 * One patient, from a profile and a designed survival time to dated lines, responses and
 * measurements. Built in two steps so that responses can be shared out over the whole cohort:
 * {@linkcode draftPatient} plans the course and picks regimens; {@linkcode finalisePatient} turns
 * the chosen responses into time points, measurements and ISO dates.
 *
 * @module
 */

import { addDays, daysBetween } from "./fast_dates.ts";
import { type CoursePlan, type FixedLine, type LinePlan, planCourse } from "./course.ts";
import type { Fusion, Line, Patient, PrimarySite, Sex, Stage } from "./model.ts";
import { type DiseaseProfile, measureLine } from "./measurements.ts";
import { bestOverallResponse } from "./recist.ts";
import { designTimepoints } from "./line_timepoints.ts";
import { adjuvantLine, birthDateFor } from "./patient_history.ts";
import { chooseRegimen } from "./regimen_choice.ts";
import { REGIMENS } from "./regimens.ts";
import type { Random } from "./random.ts";

/**
 * The largest baseline target sum. A line's sums stay below 1.75 times its baseline plus half a
 * millimetre (`measurements.ts`: progression grows the nadir by at most 75%), so every sum stays
 * below 1,576 mm and the largest node (at most 24% of the sum) below 400 mm: within the
 * plausibility limits of the codebook (`pipeline/_shared/contracts/plausibility_rules.ts`: 2,000
 * mm a sum, 400 mm a lesion), which repeated progressions over eight lines would otherwise break.
 */
export const MAXIMUM_BASELINE_SUM_MM = 900;

/** Who the patient is and what their course must fit. */
export interface PatientProfile {
  key: string;
  site: string;
  sex: Sex;
  ageAtDiagnosis: number;
  primarySite: PrimarySite;
  stage: Stage;
  molecularConfirmation: "yes" | "no";
  fusion: Fusion;
  advancedDate: string;
  /** Days from the diagnosis to the advanced diagnosis (a relapse); 0 when advanced at diagnosis. */
  relapseDays: number;
  course: CoursePlan;
  /** The regimen of `course.fixed`. */
  fixedRegimen?: string;
  /** Give an adjuvant line between diagnosis and relapse. */
  perioperative: boolean;
  /** Regimens not to choose freely (the calibrated sunitinib lines are all designed). */
  excluded: ReadonlySet<string>;
}

/** A planned patient: its lines with regimens, responses not yet chosen. */
export interface PatientDraft {
  profile: PatientProfile;
  lines: (LinePlan & { regimen: string })[];
}

/** Plans the course and picks each line's regimen. */
export function draftPatient(profile: PatientProfile, random: Random): PatientDraft {
  const plans = planCourse(profile.course, random);
  const chosen: string[] = [];
  const lines = plans.map((plan, i) => {
    const regimen = profile.course.fixed?.index === i && profile.fixedRegimen
      ? profile.fixedRegimen
      : chooseRegimen(
        yearOf(addDays(profile.advancedDate, plan.start)),
        i,
        chosen,
        profile.excluded,
        random,
      );
    chosen.push(regimen);
    const remaining = profile.course.osDays - plan.start;
    return {
      ...plan,
      regimen,
      ...stopFor(plan, regimen, remaining, profile.course.fixed, i, random),
    };
  });
  return { profile, lines };
}

/** Responses chosen for a draft: line index -> CR or PR. */
export type Responders = ReadonlyMap<number, "CR" | "PR">;

/** Dates, time points and measurements of a draft. */
export function finalisePatient(
  draft: PatientDraft,
  responders: Responders,
  names: { familyName: string; givenName: string },
  disease: DiseaseProfile,
  random: Random,
  options: { nearPartialResponse?: number; birthOffset: number },
): Patient {
  const { profile } = draft;
  const adv = profile.advancedDate;
  const diagnosisDate = addDays(adv, -profile.relapseDays);
  const birthDate = birthDateFor(diagnosisDate, profile.ageAtDiagnosis, options.birthOffset);
  const end = addDays(adv, profile.course.osDays);
  const lines: Line[] = [];
  if (profile.perioperative && profile.relapseDays >= 300) {
    lines.push(adjuvantLine(diagnosisDate, random));
  }
  // The scan that shows progression on one line is the baseline of the next when it is recent.
  let previous = { date: adv, sum: random.int(30, 160) };
  draft.lines.forEach((plan, i) => {
    const start = addDays(adv, plan.start);
    const timepoints = plan.timepoints ?? designTimepoints(plan, responders.get(i));
    // A scan with no measurable disease left (new lesions after a complete response) is no baseline,
    // nor one whose disease has grown past MAXIMUM_BASELINE_SUM_MM: a new baseline is measured.
    const recent = i > 0 && daysBetween(previous.date, start) <= 28 && previous.sum >= 10 &&
      previous.sum <= MAXIMUM_BASELINE_SUM_MM;
    const baselineDate = recent
      ? previous.date
      : maxDate(previous.date, addDays(start, -random.int(2, 24)));
    const baselineSum = recent ? previous.sum : Math.min(
      MAXIMUM_BASELINE_SUM_MM,
      Math.max(20, Math.round(previous.sum * random.uniform(1, 1.2))),
    );
    const dates = [baselineDate, ...plan.assessments.map((d) => addDays(start, d))];
    const assessments = measureLine(dates, timepoints, baselineSum, disease, random, {
      nearPartialResponse: options.nearPartialResponse === i,
    });
    const best = bestOverallResponse(plan.assessments, timepoints);
    lines.push({
      setting: "advanced",
      regimen: plan.regimen,
      startDate: start,
      endDate: plan.stop === null ? null : addDays(start, plan.stop),
      reasonStopped: plan.reason,
      bestResponse: best,
      reportedBestResponse: options.nearPartialResponse === i ? "PR" : best,
      progressionDate: plan.progression === null ? null : addDays(start, plan.progression),
      assessments,
    });
    const last = assessments[assessments.length - 1]!;
    previous = { date: last.date, sum: last.targetSum };
  });
  const dead = profile.course.outcome === "dead";
  return {
    key: profile.key,
    ...names,
    sex: profile.sex,
    birthDate,
    diagnosisDate,
    primarySite: profile.primarySite,
    stage: profile.stage,
    molecularConfirmation: profile.molecularConfirmation,
    fusion: profile.fusion,
    advancedDate: adv,
    lastContactDate: end,
    vitalStatus: dead ? "dead" : "alive",
    deathDate: dead ? end : null,
    lines,
    exclusion: null,
  };
}

/** Anthracyclines stop after about six cycles; a few lines stop early for toxicity. */
function stopFor(
  plan: LinePlan,
  regimen: string,
  remaining: number,
  fixed: FixedLine | undefined,
  index: number,
  random: Random,
) {
  if (fixed?.index === index) return {};
  // A line still going at the last contact ends, at the latest, then.
  const ends = plan.stop ?? remaining;
  if (REGIMENS[regimen]?.anthracycline && ends > 160 && plan.reason !== "death") {
    return { stop: random.int(105, 140), reason: "completed" as const };
  }
  if (plan.progression !== null && plan.progression > 90 && random.chance(0.06)) {
    return {
      stop: Math.round(plan.progression * random.uniform(0.4, 0.8)),
      reason: "toxicity" as const,
    };
  }
  return {};
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
