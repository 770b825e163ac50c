/**
 * The parts of a patient's history before advanced disease: the birth date that gives the designed
 * age at diagnosis, and adjuvant chemotherapy after surgery for localised disease (doxorubicin
 * before ifosfamide came into use, then doxorubicin or epirubicin with ifosfamide).
 *
 * @module
 */

import { addDays, completedYears } from "./fast_dates.ts";
import type { Line } from "./model.ts";
import type { Random } from "./random.ts";
import { REGIMENS } from "./regimens.ts";

/** An adjuvant line starting 3 to 9 weeks after the diagnosis. */
export function adjuvantLine(diagnosisDate: string, random: Random): Line {
  const startDate = addDays(diagnosisDate, random.int(21, 60));
  const year = yearOf(startDate);
  const regimen = year >= 1990 && random.chance(0.3)
    ? "epirubicin-ifosfamide"
    : year >= REGIMENS["doxorubicin-ifosfamide"]!.from
    ? "doxorubicin-ifosfamide"
    : "doxorubicin";
  return {
    setting: "perioperative",
    regimen,
    startDate,
    endDate: addDays(startDate, random.int(90, 140)),
    reasonStopped: "completed",
    bestResponse: null,
    reportedBestResponse: null,
    progressionDate: null,
    assessments: [],
  };
}

/** A birth date at which the patient is `age` completed years old on `diagnosisDate`. */
export function birthDateFor(diagnosisDate: string, age: number, offset: number): string {
  const [y, m, d] = diagnosisDate.split("-") as [string, string, string];
  const anniversary = `${Number(y) - age}-${m}-${m === "02" && d === "29" ? "28" : d}`;
  const birth = addDays(anniversary, -(offset % 360));
  if (completedYears(birth, diagnosisDate) !== age) {
    throw new RangeError(`Expected age ${age} at ${diagnosisDate} from birth ${birth}`);
  }
  return birth;
}

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
