/**
 * The counts the figures print in their captions, computed here so that a figure draws data and
 * reads its numbers from `stats.json` like every other output.
 *
 * - Swimmer plot: one lane per patient, one segment per line; markers for the first CR or PR of a
 *   line (where ADRS dates it), each progression (a PFS event described as progression), each
 *   death and each patient alive at last contact. A CR or PR reported by a site without a date
 *   cannot be placed on a lane and is counted apart.
 * - Waterfall plot: the lines whose headline best response has a percentage change of the
 *   target-lesion sum (ADRS PCHG).
 * - Best response by regimen: the regimens drawn (those with at least one line).
 *
 * @module
 */

import type {
  AdslRecord,
  AdtteRecord,
  BestResponseRecord,
} from "../_shared/contracts/adam_records.ts";
import type { FigureCounts } from "../_shared/contracts/stats.ts";

const isResponse = (r: BestResponseRecord) => r.response === "CR" || r.response === "PR";

/** The caption counts of the swimmer and waterfall plots. */
export function figureCounts(
  adsl: readonly AdslRecord[],
  responses: readonly BestResponseRecord[],
  adtte: readonly AdtteRecord[],
): FigureCounts {
  const pfs = adtte.filter((r) => r.paramcd === "PFS");
  return {
    swimmer: {
      lanes: adsl.length,
      segments: pfs.length,
      markers: {
        response: responses.filter((r) => isResponse(r) && r.date !== null).length,
        progression: pfs.filter((r) => r.event && r.description.startsWith("PROGRESSION")).length,
        death: adsl.filter((p) => p.deathDate !== null).length,
        alive: adsl.filter((p) => p.deathDate === null).length,
      },
      undated_responses: responses.filter((r) => isResponse(r) && r.date === null).length,
    },
    waterfall: { lines: responses.filter((r) => r.percentChange !== null).length },
    response_bars: { regimens: new Set(responses.map((r) => r.regimen)).size },
  };
}
