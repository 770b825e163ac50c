/**
 * Best overall response of one line of therapy, from the most detailed data the site gave.
 *
 * Precedence (documented in the methods note):
 * 1. **measurements**: the line has a baseline (its last assessment on or before the start, with a
 *    target-lesion sum or a non-target status) and at least one later assessment with
 *    measurements: RECIST 1.1 time-point responses are derived from the sums, the nadir, the
 *    non-target status and new lesions;
 * 2. **timepoints**: otherwise, the time-point responses the site reported after the start;
 * 3. **reported**: otherwise, the best overall response the site reported for the line, with the
 *    site's progression date;
 * 4. **none**: no response data at all: not evaluable.
 *
 * The best overall response is derived both without and with confirmation of CR/PR; the analysis
 * plan says which one is the headline.
 *
 * @module
 */

import type { AssessmentRow, LineRow, ResponseCode } from "../_shared/contracts/cdm.ts";
import {
  type BestResponse,
  deriveBestOverallResponse,
  deriveTimepointResponses,
  type Measurement,
} from "./recist/mod.ts";

/** Where a line's response comes from. */
export type ResponseSource = "measurements" | "timepoints" | "reported" | "none";

/** One time-point of a line, derived or reported. */
export interface LineTimepoint {
  date: string;
  response: ResponseCode;
  /** The response the site reported at this assessment, when it reported one. */
  reported: ResponseCode | null;
  percentChangeFromBaseline: number | null;
  percentChangeFromNadir: number | null;
  /** The measurements behind a derived time-point (null for reported ones). */
  targetSumMm: number | null;
  newLesions: boolean | null;
}

/** The response of one line. */
export interface LineResponse {
  source: ResponseSource;
  /** The baseline assessment the time-points were derived against (measurements only). */
  baseline: { date: string; targetSumMm: number | null } | null;
  timepoints: LineTimepoint[];
  unconfirmed: BestResponse;
  confirmed: BestResponse;
  /** Most negative percentage change of the target sum from baseline, up to the first PD. */
  bestPercentChange: number | null;
  /** Dates of the line's assessments after its start (for censoring). */
  assessmentDates: string[];
  /**
   * Dates of the line's adequate assessments after its start: those that could have shown
   * progression, i.e. whose time-point response is evaluable (not NE). FDA 2018, Table A.
   */
  adequateAssessmentDates: string[];
}

/** Options from the analysis plan's `recist` section. */
export interface RecistOptions {
  minimumStableDiseaseDays: number;
  minimumConfirmationDays: number;
}

/** Derives the response of `line` from its assessments (any order; other lines' rows ignored). */
export function deriveLineResponse(
  line: LineRow,
  assessments: readonly AssessmentRow[],
  options: RecistOptions,
): LineResponse {
  const own = assessments
    .filter((a) => a.usubjid === line.usubjid && a.line === line.line)
    .toSorted((a, b) =>
      a.assessment_date < b.assessment_date ? -1 : a.assessment_date > b.assessment_date ? 1 : 0
    );
  const before = own.filter((a) => a.assessment_date <= line.start_date);
  const after = own.filter((a) => a.assessment_date > line.start_date);
  const baseline = before.findLast(hasMeasurements);
  const measured = after.filter(hasMeasurements);
  const assessmentDates = after.map((a) => a.assessment_date);

  let source: ResponseSource;
  let timepoints: LineTimepoint[];
  if (baseline && measured.length > 0) {
    source = "measurements";
    const derived = deriveTimepointResponses(toMeasurement(baseline), measured.map(toMeasurement));
    timepoints = derived.map((t, i) => ({
      date: t.date,
      response: t.response,
      reported: measured[i]?.timepoint_response_reported ?? null,
      percentChangeFromBaseline: t.percentChangeFromBaseline,
      percentChangeFromNadir: t.percentChangeFromNadir,
      targetSumMm: measured[i]?.target_sum_mm ?? null,
      newLesions: measured[i]?.new_lesions ?? null,
    }));
  } else if (after.some((a) => a.timepoint_response_reported !== null)) {
    source = "timepoints";
    timepoints = after.flatMap((a) =>
      a.timepoint_response_reported === null ? [] : [{
        date: a.assessment_date,
        response: a.timepoint_response_reported,
        reported: a.timepoint_response_reported,
        percentChangeFromBaseline: null,
        percentChangeFromNadir: null,
        targetSumMm: null,
        newLesions: null,
      }]
    );
  } else {
    source = line.best_response_reported === null ? "none" : "reported";
    timepoints = [];
  }

  const best = (confirmation: boolean): BestResponse =>
    source === "reported" ? reportedBest(line) : deriveBestOverallResponse(timepoints, {
      startDate: line.start_date,
      minimumStableDiseaseDays: options.minimumStableDiseaseDays,
      confirmation,
      minimumConfirmationDays: options.minimumConfirmationDays,
    });
  return {
    source,
    baseline: source === "measurements" && baseline
      ? { date: baseline.assessment_date, targetSumMm: baseline.target_sum_mm }
      : null,
    timepoints,
    unconfirmed: best(false),
    confirmed: best(true),
    bestPercentChange: bestPercentChange(timepoints),
    assessmentDates,
    adequateAssessmentDates: timepoints.filter((t) => t.response !== "NE").map((t) => t.date),
  };
}

/** A site's own best response: its date of progression is the line's reported one. */
function reportedBest(line: LineRow): BestResponse {
  return {
    response: line.best_response_reported ?? "NE",
    responseDate: null,
    progressionDate: line.progression_date_reported,
  };
}

function hasMeasurements(a: AssessmentRow): boolean {
  return a.target_sum_mm !== null || a.nontarget !== null || a.new_lesions !== null;
}

function toMeasurement(a: AssessmentRow): Measurement {
  return {
    date: a.assessment_date,
    targetSumMm: a.target_sum_mm,
    nodalSumMm: a.target_nodal_sum_mm,
    nodalMaxMm: a.target_nodal_max_mm,
    nonTarget: a.nontarget,
    newLesions: a.new_lesions,
  };
}

/** The deepest shrinkage up to and including the first progression (waterfall plots). */
function bestPercentChange(timepoints: readonly LineTimepoint[]): number | null {
  const firstPd = timepoints.findIndex((t) => t.response === "PD");
  const considered = firstPd === -1 ? timepoints : timepoints.slice(0, firstPd + 1);
  const changes = considered.flatMap((t) =>
    t.percentChangeFromBaseline === null ? [] : [t.percentChangeFromBaseline]
  );
  return changes.length === 0 ? null : Math.min(...changes);
}
