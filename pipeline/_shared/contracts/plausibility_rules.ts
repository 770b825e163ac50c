/**
 * The plausibility rules: what a value must be, beyond being readable, before the pipeline uses it.
 * A date that parses can still lie after the data cut-off, before birth or after death; a size
 * that parses can still be 131 km. Each rule has an id (what an issue or a warning names), its
 * meaning, and whether the analysis plan may turn it into a warning (`plausibility.warnOnly`).
 * Every rule is an error by default. The ingest stage checks them all, before anything is written;
 * `data/codebook.md` ("Plausibility rules") says the same in prose.
 *
 * Only rules whose breach leaves every later computation well defined may become warnings: a line
 * that ends after death still has a start and an end, whereas a baseline sum of 0 mm leaves RECIST
 * without a reference, so the first may be downgraded and the second may not.
 *
 * @module
 */

/** The earliest date any field may hold: nobody in a series of this era was born before it. */
export const EARLIEST_DATE = "1900-01-01";

/** Highest plausible age at diagnosis, in completed years. */
export const MAXIMUM_AGE_YEARS = 110;

/** Longest plausible diameter of one lesion, or short axis of one node, in mm. */
export const MAXIMUM_LESION_MM = 400;

/** RECIST 1.1 allows at most five target lesions, so a sum is at most five lesions long. */
export const MAXIMUM_TARGET_LESIONS = 5;

/** A measurable lesion is at least 10 mm long (RECIST 1.1 section 3.1.1), so is a baseline sum. */
export const MINIMUM_BASELINE_SUM_MM = 10;

/** Excel's last date, 9999-12-31, as a serial day number of the 1900 date system. */
export const LAST_EXCEL_SERIAL = 2_958_465;

/** One rule: what it requires, and whether the plan may downgrade it to a warning. */
export interface PlausibilityRule {
  meaning: string;
  mayWarn: boolean;
}

/** Every plausibility rule by id. */
export const PLAUSIBILITY_RULES = {
  "after-data-cutoff": {
    meaning: "No date is later than the analysis plan's dataCutoff: nothing can be known of " +
      "a day after the data were extracted.",
    mayWarn: false,
  },
  "before-1900": {
    meaning: `No date is earlier than ${EARLIEST_DATE}.`,
    mayWarn: false,
  },
  "implausible-age": {
    meaning: `Age at diagnosis is at most ${MAXIMUM_AGE_YEARS} completed years.`,
    mayWarn: false,
  },
  "impossible-order": {
    meaning: "Events are in the order they can happen: birth, then diagnosis, then advanced " +
      "disease; a line starts on or after the diagnosis and ends and progresses on or after " +
      "its start; advanced disease, a line's start and the last contact are on or before death " +
      "(across every site that reported the patient).",
    mayWarn: false,
  },
  "event-after-death": {
    meaning: "A line's end or progression, and every tumour assessment, is on or before the " +
      "date of death (the earliest any site reports).",
    mayWarn: true,
  },
  "event-after-last-contact": {
    meaning: "For a patient alive at last contact, every event (advanced disease, a line's " +
      "start, end and progression, every assessment) is on or before the last contact (the " +
      "latest any site reports).",
    mayWarn: true,
  },
  "line-before-advanced-disease": {
    meaning: "A line for advanced disease starts on or after the date advanced disease was " +
      "diagnosed.",
    mayWarn: true,
  },
  "assessment-before-diagnosis": {
    meaning: "Every tumour assessment is on or after the diagnosis.",
    mayWarn: true,
  },
  "implausible-lesion-size": {
    meaning:
      `A target sum and a nodal sum are at most ${
        MAXIMUM_TARGET_LESIONS * MAXIMUM_LESION_MM
      } mm (five lesions of ${MAXIMUM_LESION_MM} mm); the largest node is at most ` +
      `${MAXIMUM_LESION_MM} mm.`,
    mayWarn: false,
  },
  "nodal-sum-above-target-sum": {
    meaning: "The nodal sum is part of the target sum, so at most the target sum.",
    mayWarn: false,
  },
  "largest-node-above-nodal-sum": {
    meaning: "The largest node is one term of the nodal sum, so at most the nodal sum (an " +
      "empty nodal sum counts as 0).",
    mayWarn: false,
  },
  "baseline-target-sum": {
    meaning: "A target sum measured on or before its line's start (a baseline) is at least " +
      `${MINIMUM_BASELINE_SUM_MM} mm, RECIST's smallest measurable lesion; empty when there ` +
      "are no target lesions.",
    mayWarn: false,
  },
  "excel-serial-out-of-range": {
    meaning: `An Excel serial date is a day number from 1 to ${LAST_EXCEL_SERIAL} ` +
      "(9999-12-31), read in the workbook's own date system (1900, or 1904 when the workbook " +
      "says date1904).",
    mayWarn: false,
  },
  "empty-table": {
    meaning: "Every table a site spec declares has at least one data row: a header-only " +
      "export is usually an export that went wrong.",
    mayWarn: true,
  },
  "empty-cohort": {
    meaning: "At least one patient meets the inclusion criteria (molecular confirmation, a " +
      "line for advanced disease, the first such line within the plan's therapy window).",
    mayWarn: false,
  },
} as const satisfies Record<string, PlausibilityRule>;

/** The id of a plausibility rule. */
export type PlausibilityRuleId = keyof typeof PLAUSIBILITY_RULES;

/** The rules the plan may turn into warnings, in catalogue order. */
export const DOWNGRADABLE_RULES: readonly PlausibilityRuleId[] = (
  Object.entries(PLAUSIBILITY_RULES) as [PlausibilityRuleId, PlausibilityRule][]
).filter(([, rule]) => rule.mayWarn).map(([id]) => id);
