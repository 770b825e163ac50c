/**
 * The RECIST 1.1 engine (Eisenhauer et al., Eur J Cancer 2009;45:228-247): pure functions from one
 * line's measurements to its time-point responses, and from time-point responses (derived or
 * reported) to its best overall response. No file access, no clock.
 *
 * - `deriveTimepointResponses`: target response (section 4.3.1) combined with non-target and new
 *   lesions (section 4.4.1, Tables 1 and 2), with exact threshold arithmetic; disease seen again
 *   after an overall CR is PD (Table 3 footnote, `disease_after_complete_response.ts`).
 * - `deriveBestOverallResponse`: best response before the first PD, minimum SD interval and
 *   optional CR/PR confirmation (section 4.4.3, Table 3; section 4.6).
 *
 * Each module documents the rules it applies and its choices where the guideline is silent.
 *
 * @module
 */

export type {
  BestResponse,
  BestResponseOptions,
  Measurement,
  NonTargetStatus,
  Response,
  TimepointResponse,
} from "./types.ts";
export { BEST_RESPONSE_DEFAULTS } from "./types.ts";
export { deriveTimepointResponses } from "./derive_timepoint_responses.ts";
export { deriveBestOverallResponse } from "./derive_best_overall_response.ts";
