/**
 * The profile of one patient of an uncalibrated cohort: who they are and what their course must
 * fit. Nothing is designed: survival is exponential with a median of about 15 months (censored at
 * the cut-off, or lost now and then), the number of lines follows survival and the study window,
 * and stage, primary site and fusion are drawn with fixed weights.
 *
 * @module
 */

import { dayNumber, isoFromDay as isoFromDayNumber } from "./fast_dates.ts";
import { DATA_CUTOFF, STUDY_WINDOW } from "./config.ts";
import type { Fusion, PrimarySite, Stage } from "./model.ts";
import type { PatientProfile } from "./patient.ts";
import type { Random } from "./random.ts";
import type { Layout } from "./export/layout.ts";

/** A random profile for patient `key` at `site`, drawn from `random`. */
export function randomProfile(
  key: string,
  site: string,
  layout: Layout,
  random: Random,
): PatientProfile {
  const cutoff = dayNumber(DATA_CUTOFF);
  const low = dayNumber(STUDY_WINDOW.first);
  const high = dayNumber(STUDY_WINDOW.last) - 60;
  const advanced = low + Math.floor(Math.pow(random.next(), 0.7) * (high - low));
  // Exponential survival with a median of 15 months; censored at the cut-off, or lost now and then.
  const survival = Math.max(45, Math.round((-Math.log(1 - random.next()) * 457) / Math.LN2));
  const alive = advanced + survival > cutoff - 30;
  const lost = !alive && random.chance(0.05);
  const osDays = alive
    ? cutoff - random.int(0, 30) - advanced
    : lost
    ? Math.max(45, Math.round(survival * random.uniform(0.3, 1)))
    : survival;
  const firstGap = Math.max(5, Math.min(random.int(7, 42), osDays - 45));
  const lastStartDay = dayNumber(STUDY_WINDOW.last) - advanced;
  // Lines must fit both the survival time and the study window (75 days a line at least).
  const maxLines = Math.max(
    1,
    Math.min(Math.floor((osDays - 102) / 75), Math.floor((lastStartDay - firstGap) / 75)) + 1,
  );
  let lineCount = 1;
  while (lineCount < Math.min(maxLines, 8) && random.chance(0.45)) lineCount++;
  const stage = random.weighted<Stage>([["localised", 0.65], ["locally_advanced", 0.1], [
    "metastatic",
    0.25,
  ]]);
  const relapseDays = stage === "localised" ? random.int(240, 2200) : 0;
  return {
    key,
    site,
    sex: random.pick(["M", "F"] as const),
    ageAtDiagnosis: Math.min(85, 15 + Math.floor(Math.pow(random.next(), 1.4) * 60)),
    primarySite: random.weighted<PrimarySite>([
      ["limb", 3],
      ["aponeurosis", 2],
      ["trunk", 2],
      ["head_neck", 1],
      ["visceral_gi", 1],
      ["other", 1],
    ]),
    stage,
    molecularConfirmation: "yes" as const,
    fusion: random.weighted<Fusion>([["EWSR1-ATF1", 5], ["EWSR1-rearranged", 4], [
      "EWSR1-CREB1",
      1.5,
    ]]),
    advancedDate: isoFromDayNumber(advanced),
    relapseDays,
    course: {
      osDays,
      outcome: alive || lost ? "alive" as const : "dead" as const,
      lineCount,
      firstGap,
      lastStartDay,
    },
    perioperative: layout.reportsSetting && relapseDays >= 300 && random.chance(0.4),
    excluded: new Set<string>(),
  };
}
