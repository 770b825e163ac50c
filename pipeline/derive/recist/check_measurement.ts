/**
 * Checks that one assessment's measurements are usable, so the engine fails at its boundary with
 * what it found instead of deriving a response from an impossible record.
 *
 * Consistency rules (the codebook's `target_*` fields): sums are finite and >= 0; the nodal part
 * of a sum is at most the sum; the largest target node is at most the nodal sum (a node's short
 * axis is one term of that sum), so a largest node without a nodal sum is refused.
 *
 * @module
 */

import { isIsoDate } from "../../_shared/dates.ts";
import type { Measurement, NonTargetStatus } from "./types.ts";
import { signOfSum } from "./_exact_decimal.ts";

const NON_TARGET: readonly NonTargetStatus[] = ["CR", "non-CR/non-PD", "PD", "NE", "none"];

/** Throws a RangeError or TypeError naming `label` when `m` is malformed. */
export function checkMeasurement(m: Measurement, label: string): void {
  if (!isIsoDate(m.date)) {
    throw new RangeError(`${label}: expected a date as YYYY-MM-DD but found "${m.date}"`);
  }
  for (const field of ["targetSumMm", "nodalSumMm", "nodalMaxMm"] as const) {
    const value = m[field];
    if (value !== null && !(Number.isFinite(value) && value >= 0)) {
      throw new RangeError(
        `${label}: expected ${field} to be a number >= 0 or null but found ${value}`,
      );
    }
  }
  const nodalSum = m.nodalSumMm ?? 0;
  if (m.targetSumMm !== null && signOfSum([[1, nodalSum], [-1, m.targetSumMm]]) > 0) {
    throw new RangeError(
      `${label}: expected nodalSumMm (${nodalSum}) to be at most targetSumMm (${m.targetSumMm})`,
    );
  }
  if (m.nodalMaxMm !== null && signOfSum([[1, m.nodalMaxMm], [-1, nodalSum]]) > 0) {
    throw new RangeError(
      `${label}: expected nodalMaxMm (${m.nodalMaxMm}) to be at most nodalSumMm (${m.nodalSumMm})`,
    );
  }
  if (m.nonTarget !== null && !NON_TARGET.includes(m.nonTarget)) {
    const expected = `${NON_TARGET.join(", ")} or null`;
    throw new TypeError(
      `${label}: expected nonTarget to be ${expected} but found "${m.nonTarget}"`,
    );
  }
  if (m.newLesions !== null && typeof m.newLesions !== "boolean") {
    throw new TypeError(
      `${label}: expected newLesions to be true, false or null but found ${m.newLesions}`,
    );
  }
}
