/**
 * The generator's own small RECIST 1.1 reading, used to check that the measurements it writes say
 * what it meant them to say (Eisenhauer et al., Eur J Cancer 2009;45:228-247; the rules of the
 * pipeline's contract): PR when the sum is at most 70% of baseline, PD when it is at least 120% of
 * the nadir and at least 5 mm above it, or on a new lesion or non-target progression, CR at a sum
 * of 0. This is a self-check of the synthetic data, not the pipeline's derivation.
 *
 * @module
 */

import type { Assessment, Response } from "./model.ts";

/** The time-point response of `current` given the line's baseline sum and nadir so far. */
export function timepointFromMeasurements(
  baselineSum: number,
  nadir: number,
  current: Pick<Assessment, "targetSum" | "nontarget" | "newLesions">,
): Response {
  if (current.newLesions || current.nontarget === "PD") return "PD";
  if (current.targetSum >= nadir * 1.2 && current.targetSum >= nadir + 5) return "PD";
  if (current.targetSum === 0) {
    return current.nontarget === "CR" || current.nontarget === "none" ? "CR" : "PR";
  }
  if (current.targetSum <= baselineSum * 0.7) return "PR";
  return "SD";
}

/** Time-point responses of assessments (baseline first), derived from their measurements. */
export function derivedTimepoints(assessments: readonly Assessment[]): Response[] {
  const [baseline, ...later] = assessments;
  if (baseline === undefined) return [];
  let nadir = baseline.targetSum;
  return later.map((assessment) => {
    const response = timepointFromMeasurements(baseline.targetSum, nadir, assessment);
    nadir = Math.min(nadir, assessment.targetSum);
    return response;
  });
}

/**
 * Best overall response from time-point responses on `days` after the start: the best before the
 * first PD; SD only at 42 days or later (else PD if the next is PD, else NE); no confirmation.
 */
export function bestOverallResponse(
  days: readonly number[],
  timepoints: readonly Response[],
): Response {
  const rank: Record<Response, number> = { CR: 0, PR: 1, SD: 2, PD: 3, NE: 4 };
  let best: Response = "NE";
  for (let i = 0; i < timepoints.length; i++) {
    const response = timepoints[i]!;
    if (response === "PD") return best === "NE" ? "PD" : best;
    if (response === "SD" && days[i]! < 42) continue;
    if (rank[response] < rank[best]) best = response;
  }
  return best;
}
