/**
 * When each calibrated patient's advanced disease was diagnosed, and how long until the first line.
 * The living are followed to shortly before the data cut-off, so their survival time fixes the
 * date; the dead and the lost are spread over the study years, more of them in later years, as
 * referrals to sarcoma centres grew. Patients who receive a designed sunitinib line are diagnosed
 * from 2007 on. One patient starts the first line in June 1985 and one starts their only line in
 * May 2021, the two ends of the study window.
 *
 * @module
 */

import { dayNumber, isoFromDayNumber } from "../../../pipeline/_shared/dates.ts";
import { DATA_CUTOFF, STUDY_WINDOW } from "../config.ts";
import type { Random } from "../random.ts";
import type { Entry } from "./line_counts.ts";

/** The advanced diagnosis of one patient. */
export interface AdvancedDate {
  advancedDate: string;
  firstGap: number;
  /** Whether a localised patient had adjuvant treatment (used when the site reports settings). */
  adjuvant: boolean;
}

const SUNITINIB_ERA = "2007-01-01";

/** Dates by entry id. */
export function advancedDates(
  entries: readonly Entry[],
  sunitinib: ReadonlyMap<number, unknown>,
  random: Random,
): Map<number, AdvancedDate> {
  const cutoff = dayNumber(DATA_CUTOFF);
  const windowEnd = dayNumber(STUDY_WINDOW.last);
  const result = new Map<number, AdvancedDate>();
  for (const entry of entries) {
    const adjuvant = random.chance(0.5);
    let firstGap = Math.max(5, Math.min(random.int(7, 42), entry.osDays - 45));
    let advanced: number;
    if (entry.pinned === "latest") {
      advanced = cutoff - random.int(0, 14) - entry.osDays;
      const start = random.int(Math.max(advanced + 7, dayNumber("2021-05-01")), windowEnd);
      firstGap = start - advanced;
    } else if (entry.pinned === "earliest") {
      const start = dayNumber("1985-06-03") + random.int(0, 20);
      firstGap = random.int(14, 30);
      advanced = start - firstGap;
    } else if (entry.outcome === "alive") {
      advanced = cutoff - random.int(0, 60) - entry.osDays;
    } else {
      const low = dayNumber(sunitinib.has(entry.id) ? SUNITINIB_ERA : STUDY_WINDOW.first);
      // Every line must start within the window: 75 days at least between starts.
      const high = Math.min(
        cutoff - entry.osDays,
        windowEnd - firstGap - (entry.lineCount - 1) * 75,
      );
      if (high < low) throw new RangeError(`No advanced date fits patient ${entry.id}`);
      // Later years are likelier: the draw is skewed towards the end of the range.
      advanced = low + Math.floor(Math.pow(random.next(), 0.7) * (high - low + 1));
    }
    const start = advanced + firstGap;
    if (start < dayNumber(STUDY_WINDOW.first) || start > windowEnd) {
      throw new RangeError(
        `Patient ${entry.id} would start on ${isoFromDayNumber(start)}, outside the window`,
      );
    }
    result.set(entry.id, { advancedDate: isoFromDayNumber(advanced), firstGap, adjuvant });
  }
  return result;
}
