/**
 * Time-point responses of one line from its baseline and follow-up measurements: RECIST 1.1
 * sections 4.3 and 4.4.1.
 *
 * - **Which table.** A baseline with a target sum uses Table 1; a baseline without one (null) but
 *   with non-target lesions (`nonTarget` set and not `none`) uses Table 2; a baseline with neither
 *   has no evaluable disease, and its follow-ups are NE unless a new lesion or non-target PD is
 *   reported (see `overall_timepoint_response.ts`). Follow-up target sums of a line without target
 *   disease at baseline are ignored: there is no reference to compare them with.
 * - **References.** PR is judged against the baseline sum; PD against the nadir, the smallest sum
 *   on study before this assessment, baseline and every earlier measured follow-up included
 *   (section 4.3.1). A follow-up without a sum leaves the nadir unchanged.
 * - **Missing target sum** at follow-up (null = not, or not fully, measured): the target
 *   component is not evaluated, so the time-point is NE unless another component gives PD
 *   (section 4.4.2). A partial sum cannot be passed in, so PD from a partial sum is not derived.
 * - **Non-target not assessed** at follow-up (null) when the baseline said `none`: still `none`
 *   (there are no non-target lesions to assess), so a target CR can be a CR.
 * - **Order.** Follow-ups must be in strictly increasing date order, after the baseline: the
 *   nadir depends on the order, so an unsorted or duplicated date is refused rather than sorted
 *   (it is a sign of an upstream error, such as two assessments merged into one line).
 * - **Disease after a complete response** is PD whatever its size, once a time-point of the line
 *   is an overall CR (RECIST 1.1 Table 3 footnote, section 4.3.2 for nodes, the RECIST working
 *   group's FAQ): a non-nodal target lesion measurable again, a target node back to >= 10 mm
 *   short axis, or non-target lesions present again. 30 mm, then 0 mm (CR), then 4 mm is PD, not
 *   PR. The rule and its sources are in `disease_after_complete_response.ts`.
 * - **Percent changes** are `100 * (sum - reference) / reference` (multiplying first keeps
 *   100 -> 70 at exactly -30); they are for display only, never for the response thresholds.
 *   The change from the nadir is null when the nadir is 0.
 *
 * @example
 * ```ts
 * import { deriveTimepointResponses } from "./derive_timepoint_responses.ts";
 * const at = (date: string, targetSumMm: number) => ({
 *   date,
 *   targetSumMm,
 *   nodalSumMm: null,
 *   nodalMaxMm: null,
 *   nonTarget: "none" as const,
 *   newLesions: false,
 * });
 * const [first] = deriveTimepointResponses(at("2020-01-01", 100), [at("2020-03-01", 70)]);
 * if (first?.response !== "PR") throw new Error("100 -> 70 mm is a PR");
 * ```
 *
 * @module
 */

import { dayNumber } from "../../_shared/dates.ts";
import { signOfSum } from "./_exact_decimal.ts";
import { checkMeasurement } from "./check_measurement.ts";
import { diseaseAfterCompleteResponse } from "./disease_after_complete_response.ts";
import {
  overallTimepointResponse,
  type TimepointComponents,
} from "./overall_timepoint_response.ts";
import { targetLesionResponse } from "./target_response.ts";
import type { Measurement, TimepointResponse } from "./types.ts";

/** Time-point responses of one line from its baseline and its follow-ups (in date order). */
export function deriveTimepointResponses(
  baseline: Measurement,
  followUps: readonly Measurement[],
): TimepointResponse[] {
  checkMeasurement(baseline, "baseline");
  followUps.forEach((m, i) => checkMeasurement(m, `follow-up ${i + 1}`));
  checkOrder(baseline, followUps);
  const baselineSum = baseline.targetSumMm;
  if (baselineSum !== null && baselineSum <= 0) {
    throw new RangeError(
      `Expected a baseline target sum > 0 mm (RECIST target lesions measure >= 10 mm) but ` +
        `found ${baselineSum}; use null when the baseline has no target lesions`,
    );
  }
  const disease: TimepointComponents["disease"] = baselineSum !== null
    ? "target"
    : baseline.nonTarget !== null && baseline.nonTarget !== "none"
    ? "non-target only"
    : "none";

  let nadir = baselineSum;
  let afterCr = false;
  return followUps.map((m) => {
    const sum = baselineSum === null ? null : m.targetSumMm;
    const target = sum === null || nadir === null || baselineSum === null
      ? null
      : targetLesionResponse(
        { targetSumMm: sum, nodalSumMm: m.nodalSumMm, nodalMaxMm: m.nodalMaxMm },
        { baselineSumMm: baselineSum, nadirSumMm: nadir },
      );
    const nonTarget = m.nonTarget ?? (baseline.nonTarget === "none" ? "none" : null);
    const components = { disease, target, nonTarget, newLesions: m.newLesions };
    const signs = { ...m, targetSumMm: sum, nonTarget };
    const response = afterCr && diseaseAfterCompleteResponse(signs)
      ? "PD"
      : overallTimepointResponse(components);
    if (response === "CR") afterCr = true;
    const result: TimepointResponse = {
      date: m.date,
      response,
      percentChangeFromBaseline: percentChange(sum, baselineSum),
      percentChangeFromNadir: percentChange(sum, nadir),
    };
    if (sum !== null && nadir !== null && signOfSum([[1, sum], [-1, nadir]]) < 0) nadir = sum;
    return result;
  });
}

function percentChange(sum: number | null, reference: number | null): number | null {
  if (sum === null || reference === null || reference === 0) return null;
  return (100 * (sum - reference)) / reference;
}

function checkOrder(baseline: Measurement, followUps: readonly Measurement[]): void {
  let previous = baseline.date;
  followUps.forEach((m, i) => {
    if (dayNumber(m.date) <= dayNumber(previous)) {
      throw new RangeError(
        `Expected follow-up ${i + 1} to be dated after ${previous} (${
          i === 0 ? "the baseline" : `follow-up ${i}`
        }) but found ${m.date}; pass follow-ups in strictly increasing date order`,
      );
    }
    previous = m.date;
  });
}
