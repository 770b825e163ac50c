/**
 * Median follow-up by the reverse Kaplan–Meier method (Schemper M, Smith TL. A note on quantifying
 * follow-up in studies of failure time. Controlled Clinical Trials 1996;17:343–346): the event
 * indicator is swapped, so being alive at last contact becomes the "event" and death censors
 * follow-up. The median and its CI then follow R's `print.survfit` rule with the log band, which
 * is what `survfit(Surv(time, 1 - status) ~ 1)` prints.
 *
 * At a time with both, the swapped events (censorings in the original) come before the swapped
 * censorings (deaths), as R does for the swapped data.
 *
 * @module
 */

import {
  checkSurvivalRecords,
  fitKaplanMeierColumns,
  type SurvivalRecord,
} from "./kaplan_meier.ts";
import { medianFromBand, type MedianWithCi } from "./median_band.ts";

/** Median follow-up with its CI (log band), in the unit of the records' times. */
export function medianFollowUp(
  records: readonly SurvivalRecord[],
  options: { level?: number } = {},
): MedianWithCi {
  // Check before swapping: negation would turn a malformed event into a boolean.
  checkSurvivalRecords(records);
  const times = new Float64Array(records.length);
  const swapped = new Uint8Array(records.length);
  for (let i = 0; i < records.length; i++) {
    times[i] = records[i]!.time;
    swapped[i] = records[i]!.event ? 0 : 1;
  }
  return medianFromBand(fitKaplanMeierColumns(times, swapped), "log", options);
}
