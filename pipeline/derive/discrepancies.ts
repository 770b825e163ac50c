/**
 * Where the pipeline's RECIST derivation disagrees with what a site reported: listed in the
 * data-quality report, never silently resolved (the derived response is the one analysed).
 *
 * @module
 */

import type { DataWarning } from "../_shared/contracts/data_warning.ts";
import type { PatientEndpoints } from "./endpoints.ts";

/** One disagreement between a derived and a reported response. */
export interface ResponseDiscrepancy {
  usubjid: string;
  site: string;
  line: number;
  /** The assessment date for a time-point, null for a best overall response. */
  date: string | null;
  derived: string;
  reported: string;
}

/** Every disagreement, in subject, line and date order (best responses after time-points). */
export function findResponseDiscrepancies(
  patients: readonly PatientEndpoints[],
): ResponseDiscrepancy[] {
  return patients.flatMap((p) =>
    p.lines.flatMap(({ line, response, best }) => {
      if (response.source !== "measurements" && response.source !== "timepoints") return [];
      const base = { usubjid: p.patient.usubjid, site: line.source_site, line: line.line };
      const timepoints = response.timepoints.flatMap((t) =>
        response.source === "measurements" && t.reported !== null && t.reported !== t.response
          ? [{ ...base, date: t.date, derived: t.response, reported: t.reported }]
          : []
      );
      const reportedBest = line.best_response_reported;
      const bestDisagrees = reportedBest !== null && reportedBest !== best.response;
      return bestDisagrees
        ? [...timepoints, { ...base, date: null, derived: best.response, reported: reportedBest }]
        : timepoints;
    })
  );
}

/** The disagreements as data-quality warnings (the derived response is the one analysed). */
export function discrepancyWarnings(patients: readonly PatientEndpoints[]): DataWarning[] {
  return findResponseDiscrepancies(patients).map((d) => ({
    site: d.site,
    file: "",
    row: d.date === null ? `${d.usubjid} line ${d.line}` : `${d.usubjid} line ${d.line}, ${d.date}`,
    column: d.date === null ? "best_response" : "timepoint_response",
    value: d.reported,
    rule: "response-disagrees-with-recist",
    message: `the site reported ${d.reported}; RECIST 1.1 from the site's own data gives ` +
      `${d.derived}, which is analysed`,
  }));
}
