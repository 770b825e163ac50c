/**
 * Best overall response of one line from its time-point responses (derived or reported): RECIST
 * 1.1 section 4.4.3 (Table 3) and section 4.6.
 *
 * 1. Only time-points before the first PD count; the first PD gives `progressionDate`, and
 *    anything after it is ignored (section 4.4.3: "best response recorded ... until disease
 *    progression").
 * 2. Ranking CR > PR > SD > PD/NE. Without confirmation, a single CR (else PR) time-point makes
 *    the best response, dated at the first one. With confirmation, only a confirmed CR or PR
 *    counts (see `confirmation.ts`), dated at the first time-point of the confirmed pair.
 * 3. **SD** (section 4.6: "at least once after study entry at a minimum interval") needs a
 *    time-point of SD or better (an unconfirmed CR/PR counts as SD or better) at least
 *    `minimumStableDiseaseDays` after `startDate`, dated at the first such time-point.
 * 4. Otherwise (section 4.4.3, "the patient's best response depends on the subsequent
 *    assessments"): **PD** when progression is the next evaluable assessment after the ones too
 *    early to count, i.e. there is a PD and every time-point before it is either earlier than
 *    the minimum SD interval or not evaluable (SD at 3 weeks then PD is PD; NE then PD is PD; PD
 *    as the first assessment is PD); else **NE** (SD at 3 weeks then nothing, or then an NE, is
 *    NE). With no time-point at all: NE.
 *
 * Table 3's row "CR then SD: SD if the minimum SD duration is met, otherwise PD" is not special-
 * cased: an SD after a true CR means the disease came back, which the time-point response should
 * itself record as PD; here an early CR then SD without a later PD is NE.
 *
 * Time-points must be in strictly increasing date order, after `startDate` (the baseline is not a
 * time-point); anything else is refused with a RangeError rather than sorted.
 *
 * @module
 */

import { daysBetween, isIsoDate } from "../../_shared/dates.ts";
import { confirmationLevels } from "./confirmation.ts";
import type { BestResponse, BestResponseOptions, Response } from "./types.ts";

const RESPONSES: readonly Response[] = ["CR", "PR", "SD", "PD", "NE"];

/** Best overall response from time-point responses (derived or reported) of one line. */
export function deriveBestOverallResponse(
  timepoints: readonly { date: string; response: Response }[],
  options: BestResponseOptions,
): BestResponse {
  checkInput(timepoints, options);
  const day = (t: { date: string }) => daysBetween(options.startDate, t.date);
  const firstPd = timepoints.findIndex((t) => t.response === "PD");
  const progressionDate = timepoints[firstPd]?.date ?? null;
  const considered = firstPd === -1 ? timepoints : timepoints.slice(0, firstPd);
  const best = (response: Response, at: { date: string } | undefined): BestResponse => ({
    response,
    responseDate: at?.date ?? null,
    progressionDate,
  });

  const levels = options.confirmation
    ? confirmationLevels(considered, options.minimumConfirmationDays)
    : considered.map((t) => (t.response === "CR" || t.response === "PR" ? t.response : null));
  const firstCr = considered.find((_, i) => levels[i] === "CR");
  if (firstCr) return best("CR", firstCr);
  const firstPr = considered.find((_, i) => levels[i] === "PR");
  if (firstPr) return best("PR", firstPr);

  const firstSd = considered.find((t) =>
    (t.response === "CR" || t.response === "PR" || t.response === "SD") &&
    day(t) >= options.minimumStableDiseaseDays
  );
  if (firstSd) return best("SD", firstSd);
  // Not-evaluable time-points do not count either: the first evaluable one is the PD.
  const noneCounts = considered.every((t) =>
    t.response === "NE" || day(t) < options.minimumStableDiseaseDays
  );
  if (firstPd !== -1 && noneCounts) return best("PD", timepoints[firstPd]);
  return best("NE", undefined);
}

function checkInput(
  timepoints: readonly { date: string; response: Response }[],
  options: BestResponseOptions,
): void {
  if (!isIsoDate(options.startDate)) {
    throw new RangeError(`Expected startDate as YYYY-MM-DD but found "${options.startDate}"`);
  }
  for (const key of ["minimumStableDiseaseDays", "minimumConfirmationDays"] as const) {
    if (!Number.isInteger(options[key]) || options[key] < 0) {
      throw new RangeError(
        `Expected ${key} to be a whole number of days >= 0 but found ${options[key]}`,
      );
    }
  }
  let previous = options.startDate;
  timepoints.forEach((t, i) => {
    const label = `time-point ${i + 1}`;
    if (!RESPONSES.includes(t.response)) {
      const expected = RESPONSES.join(", ");
      throw new TypeError(`Expected ${label} to be one of ${expected} but found "${t.response}"`);
    }
    if (!isIsoDate(t.date) || daysBetween(previous, t.date) <= 0) {
      const before = i === 0 ? "the line start" : `time-point ${i}`;
      throw new RangeError(
        `Expected ${label} to be dated after ${previous} (${before}) but found "${t.date}"; ` +
          "pass time-points after the start in strictly increasing date order",
      );
    }
    previous = t.date;
  });
}
