/**
 * The vocabulary of the RECIST 1.1 engine (Eisenhauer et al., Eur J Cancer 2009;45:228-247): the
 * measurements of one tumour assessment and the responses derived from them. Field meanings follow
 * the codebook's source table `assessments` (`data/codebook.md`).
 *
 * @module
 */

/** A time-point or best overall response (RECIST 1.1 section 4.4). */
export type Response = "CR" | "PR" | "SD" | "PD" | "NE";

/** Status of the non-target lesions; `none` = the patient had no non-target lesions at baseline. */
export type NonTargetStatus = "CR" | "non-CR/non-PD" | "PD" | "NE" | "none";

/** What one tumour assessment measured. */
export interface Measurement {
  /** ISO date `YYYY-MM-DD` of the imaging. */
  date: string;
  /** Sum of target-lesion diameters (short axis for nodes), mm; null = not (fully) measured. */
  targetSumMm: number | null;
  /** The part of the sum from target lymph nodes (short axes), mm; null or 0 = no target nodes. */
  nodalSumMm: number | null;
  /** Largest target-node short axis, mm; null = no target nodes. */
  nodalMaxMm: number | null;
  /** Non-target lesions; null = not assessed. */
  nonTarget: NonTargetStatus | null;
  /** Whether a new lesion was seen; null = not assessed. */
  newLesions: boolean | null;
}

/** The overall response at one follow-up assessment. */
export interface TimepointResponse {
  date: string;
  response: Response;
  /** Change of the target sum from the baseline sum, %; null without both sums. */
  percentChangeFromBaseline: number | null;
  /**
   * Change of the target sum from the nadir before this assessment, %; null without both sums
   * or when the nadir is 0.
   */
  percentChangeFromNadir: number | null;
}

/** How the best overall response of a line is read from its time-point responses. */
export interface BestResponseOptions {
  /** ISO date of the line's start. */
  startDate: string;
  /** SD counts only at a time-point at least this many days after the start (usually 42). */
  minimumStableDiseaseDays: number;
  /** Whether CR and PR need confirmation (RECIST 1.1 Table 3; off in a retrospective series). */
  confirmation: boolean;
  /** The confirming assessment must be at least this many days after the first (usually 28). */
  minimumConfirmationDays: number;
}

/** The best overall response of one line. */
export interface BestResponse {
  response: Response;
  /** Date of the first time-point at which the best response was met (first CR/PR if any). */
  responseDate: string | null;
  /** Date of the first PD time-point, or null. */
  progressionDate: string | null;
}

/** The defaults the brief and the analysis plan use, for callers that want them. */
export const BEST_RESPONSE_DEFAULTS = {
  minimumStableDiseaseDays: 42,
  confirmation: false,
  minimumConfirmationDays: 28,
} as const;
