/**
 * The data-quality record that harmonise writes (`quality.json`) and the report renders: who was
 * screened and included, the reconciliation of every raw row, the excluded records with their
 * reasons, and the warnings. Later stages append to `warnings` (the derive stage adds RECIST
 * discrepancies); the report stage renders it as `data-quality.md`.
 *
 * @module
 */

import type { DataWarning } from "./data_warning.ts";
import type { EligibilityReason, ExclusionReason, MergeReason } from "./cdm_schema.ts";

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

/** The counts of one file and table, one site (file and table "*"), or everything (site "*"). */
export interface ReconciliationRow {
  site: string;
  file: string;
  table: string;
  rowsRead: number;
  included: number;
  excluded: Record<ExclusionReason, number>;
  merged: Record<MergeReason, number>;
  balanced: boolean;
}

/** Per file and table, per site, and overall. */
export interface Reconciliation {
  files: ReconciliationRow[];
  sites: ReconciliationRow[];
  total: ReconciliationRow;
  balanced: boolean;
}
