/**
 * Fixed facts of the synthetic study: the data cut-off, the study window, the calibrated seed.
 * Everything the generator writes is dated on or before the cut-off.
 *
 * @module
 */

/** The seed of the committed, calibrated cohort (the article number of the publication). */
export const CALIBRATED_SEED = 100522;

/** Follow-up ends here: no last contact, death or assessment after this date. */
export const DATA_CUTOFF = "2021-09-30";

/** Included patients start their first line for advanced disease within this window. */
export const STUDY_WINDOW = { first: "1985-06-01", last: "2021-05-31" } as const;

/** Months as the pipeline counts them (statistics.md): days / 30.4375. */
export const DAYS_PER_MONTH = 30.4375;
