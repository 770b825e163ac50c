/**
 * What the annex (`data/raw/README.md`) needs to know about one site once its files are written:
 * the number of data rows of each table, its screening records, the lines whose reported best
 * response disagrees with the measurements, and the case numbers of patients that another site
 * reports too. A few numbers and short lists per site, so that a cohort of any size can be written
 * one site at a time (or by parallel workers) and the annex assembled at the end.
 *
 * @module
 */

import type { ExclusionReason, Response, SiteRecord } from "../model.ts";

/** One site's facts for the annex; plain data, so a worker can post it to the main thread. */
export interface SiteFacts {
  site: string;
  /** Layout name. */
  layout: string;
  /** Data rows of each table, in the layout's file and table order. */
  tableRows: number[];
  /** Records that must not become included patients, in case order (a record may appear twice). */
  screening: {
    caseId: string;
    reason: ExclusionReason | "duplicate_row";
    patientKey: string;
  }[];
  /** Lines whose reported best response is not the one derived from the measurements. */
  disagreements: {
    caseId: string;
    line: number;
    derived: Response | null;
    reported: Response | null;
  }[];
  /** Case numbers of the records whose patient another site reports too (a referral). */
  shared: { patientKey: string; caseId: string }[];
}

/**
 * The facts of `records` (one site's, in case order); `sharedKeys` are the keys of patients that
 * more than one site reports.
 */
export function siteFacts(
  site: string,
  layout: string,
  records: readonly SiteRecord[],
  tableRows: readonly number[],
  sharedKeys: ReadonlySet<string>,
): SiteFacts {
  const facts: SiteFacts = {
    site,
    layout,
    tableRows: [...tableRows],
    screening: [],
    disagreements: [],
    shared: [],
  };
  for (const record of records) {
    const { caseId, patient } = record;
    if (record.exclusion !== null) {
      facts.screening.push({ caseId, reason: record.exclusion, patientKey: patient.key });
    }
    if (record.duplicateRow) {
      facts.screening.push({ caseId, reason: "duplicate_row", patientKey: patient.key });
    }
    for (const { line, number } of record.lines) {
      if (line.reportedBestResponse !== line.bestResponse) {
        facts.disagreements.push({
          caseId,
          line: number,
          derived: line.bestResponse,
          reported: line.reportedBestResponse,
        });
      }
    }
    if (sharedKeys.size > 0 && sharedKeys.has(patient.key)) {
      facts.shared.push({ patientKey: patient.key, caseId });
    }
  }
  return facts;
}
