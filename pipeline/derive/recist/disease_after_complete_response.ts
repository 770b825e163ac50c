/**
 * Disease seen again after a complete response is progression, whatever its size: RECIST 1.1
 * (Eisenhauer et al., Eur J Cancer 2009;45:228-247), footnote of Table 3, section 4.3.2 for the
 * lymph nodes, and the RECIST working group's FAQ ("Does a new lesion always result in PD?",
 * recist.eortc.org).
 *
 * Why a rule of its own: the target PD rule (+20% and +5 mm over the nadir) cannot see a lesion
 * that comes back after a CR, because the nadir after a CR is 0 mm (or the residual nodes' sum):
 * 30 mm at baseline, 0 mm (CR), then 4 mm is only +4 mm over the nadir, and against the baseline
 * it would read as PR (10 * 4 = 40 <= 7 * 30 = 210). Table 3's footnote: "If a CR is truly met at
 * first time point, then any disease seen at a subsequent time point, even disease meeting PR
 * criteria relative to baseline, makes the disease PD at that point (since disease must have
 * reappeared after CR)". The FAQ: lesions that disappear and reappear are not automatically PD,
 * unless another PD criterion is met or an overall CR was assigned at the previous assessment, in
 * which case the reappearance of any lesion is PD.
 *
 * The rule implemented: once a time-point of the line has an **overall** response of CR (Table 1:
 * target CR, non-target CR or none, no new lesion; Table 2: non-target CR), a later time-point is
 * PD when it shows any disease:
 * - a non-nodal target lesion measurable again: target sum minus nodal sum > 0 mm;
 * - a target node back to >= 10 mm short axis. Section 4.3.2: nodes keep their measured short
 *   axis in the sum and a node < 10 mm is normal, so a CR can leave a nodal sum above 0 (two
 *   nodes of 8 mm: 16 mm). Nodes that change while all stay < 10 mm are not disease seen (the sum
 *   rule of `target_response.ts` still applies to them). When the largest node is not given, the
 *   nodal sum stands in for it, as it does for CR;
 * - non-target lesions present again (non-CR/non-PD). New lesions and unequivocal non-target
 *   progression are PD anyway.
 *
 * A target CR alone does not trigger the rule: with non-target lesions still present (overall PR)
 * the tumour has not reached CR, and the FAQ judges a reappearing target lesion by the sum rule.
 * The CR is remembered across later time-points that are CR, NE or PR for want of an assessed
 * component (non-target or new lesions not evaluated): none of them shows disease, and every
 * time-point that shows disease after a CR is PD, so the last evaluated state is still the CR.
 * A follow-up without a target sum (null, as for any line without target disease at baseline)
 * shows no target disease.
 *
 * @module
 */

import { signOfSum } from "./_exact_decimal.ts";
import type { NonTargetStatus } from "./types.ts";

/** The parts of a follow-up that can show disease after a CR. */
export interface DiseaseSigns {
  /** Target sum, mm; null when not measured or when the baseline had no target sum. */
  targetSumMm: number | null;
  nodalSumMm: number | null;
  nodalMaxMm: number | null;
  nonTarget: NonTargetStatus | null;
}

/** Whether a follow-up after an overall CR shows disease, which makes it PD. */
export function diseaseAfterCompleteResponse(m: DiseaseSigns): boolean {
  if (m.nonTarget === "non-CR/non-PD") return true;
  if (m.targetSumMm === null) return false;
  const nodalSum = m.nodalSumMm ?? 0;
  const nonNodalSeen = signOfSum([[1, m.targetSumMm], [-1, nodalSum]]) > 0;
  const largestNode = m.nodalMaxMm ?? nodalSum;
  return nonNodalSeen || signOfSum([[1, largestNode], [-10, 1]]) >= 0;
}
