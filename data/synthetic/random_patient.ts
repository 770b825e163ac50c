/**
 * One patient of an uncalibrated cohort, drawn from a stream of its own: the stream's name is the
 * site and the patient's index there (`S07/patient-12`), so a patient is the same whichever
 * worker draws it, in whichever order, and a site can be generated without the rest of the cohort.
 *
 * Built in two steps, like the calibrated patients: {@linkcode draftRandomPatient} plans the course,
 * picks regimens and chooses the responses (each line that can respond does so with its regimen's
 * rate times 1.3, since only a subset of lines can; one response in ten is complete), which is
 * all a cohort plan needs to place the plants; {@linkcode finishRandomPatient} adds the name, the
 * measurements and the dates.
 *
 * @module
 */

import { addDays } from "./fast_dates.ts";
import type { Patient } from "./model.ts";
import { drawDiseaseProfile } from "./measurements.ts";
import { fictitiousName } from "./names.ts";
import { draftPatient, finalisePatient, type PatientDraft } from "./patient.ts";
import { createRandom, type Random } from "./random.ts";
import { randomProfile } from "./random_profile.ts";
import { canRespond } from "./line_timepoints.ts";
import { REGIMENS } from "./regimens.ts";
import type { Layout } from "./export/layout.ts";

/** A drafted patient, and its stream positioned for {@linkcode finishRandomPatient}. */
export interface DraftedPatient {
  draft: PatientDraft;
  responders: Map<number, "CR" | "PR">;
  random: Random;
}

/** The internal key of the `index`-th patient (0-based) of `site`; never exported. */
export function randomPatientKey(site: string, index: number): string {
  return `${site}-P${index + 1}`;
}

/**
 * The diagnosis date of the `index`-th patient of `site`, from the first draws of its stream (its
 * profile): enough to number a site's cases before any patient is drawn in full.
 */
export function randomDiagnosisDate(
  seed: number,
  site: string,
  layout: Layout,
  index: number,
): string {
  return randomIdentity(seed, site, layout, index).diagnosisDate;
}

/** Sex, age at diagnosis and diagnosis date of the `index`-th patient of `site` (its profile). */
export function randomIdentity(
  seed: number,
  site: string,
  layout: Layout,
  index: number,
): { sex: "M" | "F"; age: number; diagnosisDate: string } {
  const random = createRandom(seed, `${site}/patient-${index}`);
  const profile = randomProfile(randomPatientKey(site, index), site, layout, random);
  return {
    sex: profile.sex,
    age: profile.ageAtDiagnosis,
    diagnosisDate: addDays(profile.advancedDate, -profile.relapseDays),
  };
}

/** Plans the course of the `index`-th patient of `site` and chooses its responses. */
export function draftRandomPatient(
  seed: number,
  site: string,
  layout: Layout,
  index: number,
): DraftedPatient {
  const random = createRandom(seed, `${site}/patient-${index}`);
  const draft = draftPatient(
    randomProfile(randomPatientKey(site, index), site, layout, random),
    random,
  );
  const responders = new Map<number, "CR" | "PR">();
  draft.lines.forEach((line, i) => {
    if (!canRespond(line)) return;
    if (random.chance(Math.min(1, (REGIMENS[line.regimen]?.response ?? 0) * 1.3))) {
      responders.set(i, random.chance(0.1) ? "CR" : "PR");
    }
  });
  return { draft, responders, random };
}

/**
 * Name, measurements and dates of a drafted patient. `birthOffset` (days before the anniversary
 * of the diagnosis) comes from the plan, which keeps identities unique (`random_identities.ts`).
 * `nearPartialResponse` is the line that shows a 24% shrinkage at best and that the site reports
 * as a partial response (the documented disagreement), if this patient has it.
 */
export function finishRandomPatient(
  drafted: DraftedPatient,
  layout: Layout,
  birthOffset: number,
  nearPartialResponse?: number,
): Patient {
  const { draft, responders, random } = drafted;
  const names = fictitiousName(layout.language, draft.profile.sex, random);
  const disease = drawDiseaseProfile(random);
  return finalisePatient(draft, responders, names, disease, random, {
    nearPartialResponse,
    birthOffset,
  });
}

/**
 * The line of a drafted patient that can carry the documented disagreement: the first that
 * progresses after at least three assessments and is not a response; -1 when there is none.
 */
export function disagreementLine(drafted: DraftedPatient): number {
  return drafted.draft.lines.findIndex((line, i) =>
    line.progression !== null && line.assessments.length >= 3 && !drafted.responders.has(i)
  );
}
