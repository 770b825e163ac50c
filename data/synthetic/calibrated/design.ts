/**
 * The calibrated cohort's design: the exact counts the publication reports, and the two survival
 * designs (overall survival from the advanced diagnosis; progression-free survival on sunitinib).
 * `data/synthetic/targets.json` states the targets; this module says how they are met.
 *
 * @module
 */

import type { Fusion, PrimarySite, Sex, Stage } from "../model.ts";
import type { SurvivalDesign } from "../survival_design.ts";
import { DAYS_PER_MONTH } from "../config.ts";

/** Included patients per site (the site that gave the first line for advanced disease). */
export const SITE_SIZES: Readonly<Record<string, number>> = {
  S01: 10,
  S02: 8,
  S03: 7,
  S04: 6,
  S05: 6,
  S06: 5,
  S07: 4,
  S08: 4,
  S09: 3,
  S10: 2,
};

export const SEX_COUNTS: Readonly<Record<Sex, number>> = { F: 29, M: 26 };

/**
 * Aponeurosis 9 (16%), limb 17 (31%); the other 29 spread with none above 8, so that aponeurosis
 * and limb are the two most common sites, as "most primary tumours were at aponeurosis or
 * non-aponeurosis limb sites" says.
 */
export const PRIMARY_SITE_COUNTS: Readonly<Record<PrimarySite, number>> = {
  aponeurosis: 9,
  limb: 17,
  trunk: 8,
  head_neck: 7,
  visceral_gi: 6,
  other: 8,
};

/** Metastatic at diagnosis 13 of 55 (24%). */
export const STAGE_COUNTS: Readonly<Record<Stage, number>> = {
  metastatic: 13,
  locally_advanced: 6,
  localised: 36,
};

/** EWSR1-ATF1 24 of 55 (44%), the most common; every included patient confirmed. */
export const FUSION_COUNTS: Readonly<Partial<Record<Fusion, number>>> = {
  "EWSR1-ATF1": 24,
  "EWSR1-rearranged": 22,
  "EWSR1-CREB1": 9,
};

/** Lines for advanced disease per patient: 31 of 55 have one, so the median is 1; range 1 to 7. */
export const LINE_COUNTS: Readonly<Record<number, number>> = {
  1: 31,
  2: 11,
  3: 6,
  4: 3,
  5: 2,
  6: 1,
  7: 1,
};

/**
 * Ages at diagnosis in ascending order of rank: the youngest 15, the oldest 73, and the 27th to
 * 29th all 30, so the median (the 28th of 55) is 30 with a value of 30 on either side. The others
 * are drawn between these anchors.
 */
export const AGE_ANCHORS = { youngest: 15, oldest: 73, median: 30, medianRanks: [26, 27, 28] };

/**
 * Overall survival from the advanced diagnosis: 44 deaths and 11 censored, in the order below;
 * t50 on day 457 (15.01 months) and the SPSS half-width 12 months, so 15 [3-27]. Index 5 is the
 * patient whose only line starts in May 2021 (censored alive 142 days after the advanced diagnosis).
 */
export const OS_DESIGN: SurvivalDesign = {
  pattern: "EEEEECEEEEEEECEEEEEECEEEEECEEEECEEEECEEECEEEEECEEECEECC",
  medianDays: 457,
  halfWidthDays: 12 * DAYS_PER_MONTH,
  minDays: 45,
  maxDays: 4000,
  pins: { 5: 142 },
};

/** The index in {@linkcode OS_DESIGN} of the patient who starts the latest line (May 2021). */
export const LATEST_START_INDEX = 5;

/**
 * Progression-free survival on sunitinib (10 lines): 8 progressions and 2 censored; t50 on day 122
 * (4.01 months) and the SPSS half-width 3 months, so 4 [1-7]. Index 3 stops for toxicity without
 * progression and the next line starts 17 days later (censored at its last assessment, day 63);
 * index 9 responds and is still on sunitinib at the last contact (censored). Indices 7 to 9 are
 * the three partial responses (3/10, 30%), each seen on at least two assessments.
 */
export const SUNITINIB_DESIGN: SurvivalDesign = {
  pattern: "EEECEEEEEC",
  medianDays: 122,
  halfWidthDays: 3 * DAYS_PER_MONTH,
  minDays: 30,
  maxDays: 450,
  pins: { 0: 35, 1: 47, 2: 58, 3: 63, 7: 247, 8: 338, 9: 401 },
};
