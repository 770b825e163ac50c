/**
 * The data-quality record that harmonise writes (`quality.json`) and the report renders: who was
 * screened and included, the reconciliation of every raw row, the excluded records with their
 * reasons, and the warnings. Later stages append to `warnings` (the derive stage adds RECIST
 * discrepancies) before rendering it with `renderDataQuality`.
 *
 * @module
 */

import type { DataWarning } from "./data_warning.ts";
import type { EligibilityReason, MergeReason } from "./cdm_schema.ts";
import type { Reconciliation } from "../../harmonise/reconciliation.ts";

/** One excluded patient record (the `exclusions` table). */
export interface ExclusionRow {
  site: string;
  case_id: string;
  reason: EligibilityReason | MergeReason;
  detail: string;
}

/** Patients from screening to inclusion. */
export interface CohortFlow {
  /** Site codes, in order. */
  sites: string[];
  /** Patient rows read over all sites. */
  patientRowsRead: number;
  /** Patient rows merged into another (identical rows; referrals). */
  merged: Record<MergeReason, number>;
  /** Distinct patients after merging. */
  patients: number;
  excluded: Record<EligibilityReason, number>;
  included: number;
}

/** Everything the data-quality report shows. */
export interface Quality {
  cohort: CohortFlow;
  reconciliation: Reconciliation;
  exclusions: ExclusionRow[];
  warnings: DataWarning[];
}
