/**
 * Response of the target lesions at one assessment: RECIST 1.1 section 4.3.1, with the lymph-node
 * notes of section 4.3.2.
 *
 * Rules, checked in this order (the first that holds wins):
 * 1. **PD**: the sum is at least 20% above the nadir AND at least 5 mm above it:
 *    `10 * sum >= 12 * nadir` and `sum - nadir >= 5`. The nadir is the smallest sum on study
 *    before this assessment, baseline included. PD is checked first, so a sum that is both 30%
 *    below baseline and 20% above a deeper nadir is PD (RECIST: PD takes precedence).
 * 2. **CR**: every non-nodal target lesion has gone (`sum - nodalSum = 0`) and every target node is
 *    < 10 mm short axis. Nodes keep their measured short axis in the sum (section 4.3.2), so a CR
 *    with nodes has a sum > 0. When the largest node is not given but a nodal sum is, the nodal
 *    sum stands in for it (the largest node is at most the sum): a nodal sum < 10 mm allows CR.
 * 3. **PR**: the sum is at least 30% below the baseline sum: `10 * sum <= 7 * baseline`.
 * 4. **SD**: otherwise.
 *
 * All comparisons are exact (see `_exact_decimal.ts`): 100 -> 70 mm is PR (exactly -30%),
 * 50 -> 60 mm over a nadir of 50 is PD (+20%, +10 mm), 20 -> 24 mm is SD (+20% but only +4 mm).
 * A literal reading of 4.3.1 means target nodes that regrow while all < 10 mm can still add up
 * to PD (3 + 3 -> 9 + 9 mm: +200%, +12 mm); the guideline gives no exception, so none is made.
 *
 * @module
 */

import { signOfSum } from "./_exact_decimal.ts";

/** Response of the target lesions alone. */
export type TargetResponse = "CR" | "PR" | "SD" | "PD";

/** The measured target lesions at one assessment (sum not null). */
export interface TargetMeasurement {
  targetSumMm: number;
  nodalSumMm: number | null;
  nodalMaxMm: number | null;
}

/** Target response of `current` against the baseline sum and the nadir before it (both mm). */
export function targetLesionResponse(
  current: TargetMeasurement,
  reference: { baselineSumMm: number; nadirSumMm: number },
): TargetResponse {
  const sum = current.targetSumMm;
  const { baselineSumMm: baseline, nadirSumMm: nadir } = reference;
  const risesTwentyPercent = signOfSum([[10, sum], [-12, nadir]]) >= 0;
  const risesFiveMm = signOfSum([[1, sum], [-1, nadir], [-5, 1]]) >= 0;
  if (risesTwentyPercent && risesFiveMm) return "PD";

  const nodalSum = current.nodalSumMm ?? 0;
  const nonNodalGone = signOfSum([[1, sum], [-1, nodalSum]]) === 0;
  const largestNode = current.nodalMaxMm ?? nodalSum;
  const nodesNormal = signOfSum([[1, largestNode], [-10, 1]]) < 0;
  if (nonNodalGone && nodesNormal) return "CR";

  if (signOfSum([[10, sum], [-7, baseline]]) <= 0) return "PR";
  return "SD";
}
