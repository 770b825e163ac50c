/**
 * The tables ingest writes to `data/interim/ingest/` for harmonise: one row per source record kept
 * (exact duplicates merged), pseudonymised (no names, hospital numbers or birth dates; age at
 * diagnosis instead), each with where it came from, plus the ledger harmonise needs to account for
 * every raw row. Column names are defined here once; harmonise imports them.
 *
 * - `usubjid`: the record's own pseudonymous id (site code and case number).
 * - `person`: the id of the patient the record belongs to after referral matching (the `usubjid`
 *   of the site that treated advanced disease first); equal to `usubjid` for most patients.
 *
 * @module
 */

import { WARNING_COLUMNS } from "./data_warning.ts";

const PROVENANCE = ["site", "file", "row", "case_id", "usubjid", "person"] as const;

/** Column order of each table ingest writes (file `<name>.arrow`). */
export const INGEST_COLUMNS = {
  patients: [
    ...PROVENANCE,
    "sex",
    "age_at_diagnosis",
    "diagnosis_date",
    "primary_site",
    "stage_at_diagnosis",
    "molecular_confirmation",
    "fusion",
    "advanced_date",
    "last_contact_date",
    "vital_status",
    "death_date",
  ],
  lines: [
    ...PROVENANCE,
    "line_reported",
    "setting",
    "regimen_reported",
    "regimen",
    "start_date",
    "end_date",
    "reason_stopped",
    "best_response",
    "progression_date",
  ],
  assessments: [
    ...PROVENANCE,
    "line_reported",
    "assessment_date",
    "target_sum_mm",
    "target_nodal_sum_mm",
    "target_nodal_max_mm",
    "nontarget",
    "new_lesions",
    "timepoint_response",
  ],
  /** Rows merged into an identical earlier row of the same file (reason `duplicate_row`). */
  merged_rows: ["site", "file", "table", "row", "case_id", "reason", "detail"],
  /** Data rows read per site, file and table. */
  rows_read: ["site", "file", "table", "rows_read"],
  warnings: WARNING_COLUMNS,
} as const;

/** The name of an ingest table. */
export type IngestTableName = keyof typeof INGEST_COLUMNS;

/** A table as plain rows. */
export type Rows = Record<string, string | number | boolean | null>[];
