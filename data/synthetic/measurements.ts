/**
 * Tumour measurements that encode a line's designed time-point responses: the sum of target
 * diameters at baseline and at each assessment, the target lymph nodes' share, non-target status
 * and new lesions. Values keep a margin from every RECIST threshold (PR at most 64% of baseline,
 * SD between 76% of baseline and 112% of the nadir, PD at least 130% of the nadir and 8 mm above
 * it), so that rounding to half millimetres never changes a response. Each line is checked against
 * {@linkcode derivedTimepoints} before it is returned.
 *
 * @module
 */

import type { Assessment, Nontarget, Response } from "./model.ts";
import type { Random } from "./random.ts";
import { derivedTimepoints } from "./recist.ts";

/** How a patient's disease is measured: fixed for the patient, so lines look alike. */
export interface DiseaseProfile {
  /** Share of the target sum that comes from lymph nodes (0: no nodal targets). */
  nodalShare: number;
  /** Whether there are non-target lesions at baseline. */
  nontarget: boolean;
}

/** A patient's disease profile: a quarter have target lymph nodes, 60% non-target lesions. */
export function drawDiseaseProfile(random: Random): DiseaseProfile {
  return {
    nodalShare: random.chance(0.25) ? random.uniform(0.15, 0.4) : 0,
    nontarget: random.chance(0.6),
  };
}

/** Values of one line's assessments; `dates` has the baseline first. */
export function measureLine(
  dates: readonly string[],
  timepoints: readonly Response[],
  baselineSum: number,
  profile: DiseaseProfile,
  random: Random,
  options: { nearPartialResponse?: boolean } = {},
): Assessment[] {
  if (dates.length !== timepoints.length + 1) {
    throw new RangeError(
      `Expected one date more than time points but found ${dates.length} and ${timepoints.length}`,
    );
  }
  const baseline = point(
    dates[0]!,
    baselineSum,
    profile,
    profile.nontarget ? "non-CR/non-PD" : "none",
    false,
    null,
  );
  const rows = [baseline];
  let nadir = baselineSum;
  timepoints.forEach((response, i) => {
    // A documented disagreement: the first SD is a 24% shrinkage, which a site might call a PR.
    const sum = options.nearPartialResponse && response === "SD" && nadir === baselineSum
      ? half(baselineSum * 0.76)
      : sumFor(response, baselineSum, nadir, random);
    // Progression without target growth shows as a new lesion (always after a complete response),
    // or else as progression of the non-target lesions.
    const grows = sum >= nadir * 1.2 && sum >= nadir + 5;
    const newLesions = response === "PD" && !grows && (!profile.nontarget || nadir === 0);
    const gone = response === "CR" || (nadir === 0 && profile.nontarget);
    const nontarget: Nontarget = !profile.nontarget
      ? "none"
      : gone
      ? "CR"
      : response === "PD" && !grows && !newLesions
      ? "PD"
      : "non-CR/non-PD";
    rows.push(
      point(
        dates[i + 1]!,
        sum,
        response === "CR" ? { ...profile, nodalShare: 0 } : profile,
        nontarget,
        newLesions,
        response,
      ),
    );
    nadir = Math.min(nadir, sum);
  });
  const derived = derivedTimepoints(rows);
  if (derived.join() !== timepoints.join()) {
    throw new RangeError(
      `Measurements give ${derived.join()} but the design is ${timepoints.join()}`,
    );
  }
  return rows;
}

function sumFor(
  response: Response,
  baseline: number,
  nadir: number,
  random: Random,
): number {
  switch (response) {
    case "CR":
      return 0;
    case "PR":
      return half(Math.min(baseline * random.uniform(0.4, 0.64), nadir * 1.1));
    case "SD":
      return half(
        Math.max(baseline * 0.76, Math.min(baseline * random.uniform(0.78, 1.06), nadir * 1.12)),
      );
    case "PD":
      // After a complete response, a new lesion. Otherwise growth of the targets, or (a third of
      // the time) targets stable and a new or non-target lesion.
      if (nadir === 0) return 0;
      return random.chance(0.35)
        ? half(Math.max(baseline * 0.78, Math.min(baseline, nadir * 1.1)))
        : Math.ceil(Math.max(nadir * random.uniform(1.25, 1.75), nadir + 8) * 2) / 2;
    case "NE":
      throw new RangeError("Expected a measurable time-point response but found NE");
  }
}

function point(
  date: string,
  sum: number,
  profile: DiseaseProfile,
  nontarget: Nontarget,
  newLesions: boolean,
  timepoint: Response | null,
): Assessment {
  const nodalSum = profile.nodalShare > 0 ? half(sum * profile.nodalShare) : null;
  const nodalMax = nodalSum === null ? null : half(nodalSum * 0.6);
  return { date, targetSum: sum, nodalSum, nodalMax, nontarget, newLesions, timepoint };
}

function half(value: number): number {
  return Math.round(value * 2) / 2;
}
