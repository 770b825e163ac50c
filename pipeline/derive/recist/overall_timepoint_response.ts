/**
 * Overall response at one time-point from its three components: RECIST 1.1 section 4.4.1,
 * Table 1 (patients with target disease) and Table 2 (non-target disease only).
 *
 * Any PD component gives PD: a new lesion (section 4.3.5), unequivocal non-target progression
 * (4.3.3), target PD (4.3.1). Otherwise, with target disease (Table 1):
 *
 * | target | non-target                      | new lesions  | overall |
 * | ------ | ------------------------------- | ------------ | ------- |
 * | CR     | CR or none                      | no           | CR      |
 * | CR     | non-CR/non-PD, NE, not assessed | no           | PR      |
 * | CR     | any non-PD                      | not assessed | PR      |
 * | PR     | any non-PD                      | no / n.a.    | PR      |
 * | SD     | any non-PD                      | no / n.a.    | SD      |
 * | NE     | any non-PD                      | no / n.a.    | NE      |
 *
 * Without target disease at baseline (Table 2): non-target CR with no new lesions is CR;
 * non-CR/non-PD is reported as **SD**, because the derived responses feed the same SD/DCR
 * tabulation as everyone else's (RECIST prefers the label "non-CR/non-PD" and discourages
 * calling it SD; the count is the same, the label is this project's choice); NE, `none` or not
 * assessed is NE. Without any disease at baseline, only PD (a new lesion) can be assigned; else NE.
 *
 * Missing components (section 4.4.2, "missing assessments"): `newLesions` null (not assessed) does
 * not create PD and cannot support CR, so a CR otherwise met becomes PR (Table 1) or SD (Table 2).
 * `nonTarget` null is "not all evaluated": it creates no PD and cannot support CR.
 *
 * @module
 */

import type { NonTargetStatus, Response } from "./types.ts";
import type { TargetResponse } from "./target_response.ts";

/** The three components of one assessment; `target` is null when the sum was not measured. */
export interface TimepointComponents {
  /** Which table applies, from the baseline: target disease, non-target only, or no disease. */
  disease: "target" | "non-target only" | "none";
  target: TargetResponse | null;
  nonTarget: NonTargetStatus | null;
  newLesions: boolean | null;
}

/** The overall time-point response from Table 1 or Table 2. */
export function overallTimepointResponse(c: TimepointComponents): Response {
  if (c.newLesions === true || c.nonTarget === "PD") return "PD";
  const noNewLesions = c.newLesions === false;
  switch (c.disease) {
    case "none":
      return "NE";
    case "non-target only":
      if (c.nonTarget === "CR") return noNewLesions ? "CR" : "SD";
      return c.nonTarget === "non-CR/non-PD" ? "SD" : "NE";
    case "target":
      if (c.target === null) return "NE";
      if (c.target !== "CR") return c.target;
      return noNewLesions && (c.nonTarget === "CR" || c.nonTarget === "none") ? "CR" : "PR";
  }
}
