/**
 * The counts of the flow diagram (figure 6), read from `stats.json`: the flow of patient records
 * (the statistics stage takes it from the data-quality reconciliation, which accounts for every
 * raw row) and the patients and lines analysed per endpoint. Reasons with a count of 0 are left
 * out of the boxes.
 *
 * @module
 */

import type { Statistics } from "../../_shared/contracts/stats.ts";

/** Everything the flow diagram prints. */
export interface FlowCounts {
  screenedBySite: { site: string; records: number }[];
  screened: number;
  merged: { reason: string; records: number }[];
  mergedTotal: number;
  /** Distinct patients assessed for eligibility. */
  patients: number;
  excluded: { reason: string; records: number }[];
  excludedTotal: number;
  included: number;
  analysed: {
    os: number;
    pfsPatients: number;
    pfsLines: number;
    responseLines: number;
    responsePatients: number;
    /** Lines analysed for response whose best response rests on no response data (NE). */
    noData: number;
  };
}

/** The flow counts in `stats`. */
export function flowCounts(stats: Statistics): FlowCounts {
  const { flow, analysed } = stats;
  const nonZero = (counts: Record<string, number>) =>
    Object.entries(counts).filter(([, n]) => n > 0).map(([reason, records]) => ({
      reason,
      records,
    }));
  return {
    screenedBySite: Object.entries(flow.screened_by_site).map(([site, records]) => ({
      site,
      records,
    })),
    screened: flow.screened,
    merged: nonZero(flow.merged),
    mergedTotal: flow.merged_total,
    patients: flow.patients,
    excluded: nonZero(flow.excluded),
    excludedTotal: flow.excluded_total,
    included: flow.included,
    analysed: {
      os: analysed.os_patients,
      pfsPatients: analysed.pfs_patients,
      pfsLines: analysed.pfs_lines,
      responseLines: analysed.response_lines,
      responsePatients: analysed.response_patients,
      noData: stats.response.all_lines.no_data,
    },
  };
}
