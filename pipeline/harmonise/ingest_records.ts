/**
 * Typed views of the rows ingest writes (`pipeline/_shared/contracts/ingest_tables.ts`), as harmonise reads
 * them back. Values are as ingest left them: codes as common values, dates as ISO strings.
 *
 * @module
 */

import type { DataWarning } from "../_shared/contracts/data_warning.ts";

/** Where a record came from, and whose it is. */
export interface Provenance {
  site: string;
  file: string;
  row: string;
  case_id: string;
  usubjid: string;
  person: string;
}

export interface PatientRecord extends Provenance {
  sex: string;
  age_at_diagnosis: number;
  diagnosis_date: string;
  primary_site: string;
  stage_at_diagnosis: string;
  molecular_confirmation: string;
  fusion: string;
  advanced_date: string | null;
  last_contact_date: string;
  vital_status: string;
  death_date: string | null;
}

export interface LineRecord extends Provenance {
  line_reported: number;
  setting: string;
  regimen_reported: string;
  regimen: string;
  start_date: string;
  end_date: string | null;
  reason_stopped: string | null;
  best_response: string | null;
  progression_date: string | null;
}

export interface AssessmentRecord extends Provenance {
  line_reported: number;
  assessment_date: string;
  target_sum_mm: number | null;
  target_nodal_sum_mm: number | null;
  target_nodal_max_mm: number | null;
  nontarget: string | null;
  new_lesions: string | null;
  timepoint_response: string | null;
}

export interface MergedRowRecord {
  site: string;
  file: string;
  table: string;
  row: string;
  case_id: string;
  reason: string;
  detail: string;
}

export interface RowsReadRecord {
  site: string;
  file: string;
  table: string;
  rows_read: number;
}

/** Everything ingest wrote. */
export interface IngestTables {
  patients: PatientRecord[];
  lines: LineRecord[];
  assessments: AssessmentRecord[];
  merged_rows: MergedRowRecord[];
  rows_read: RowsReadRecord[];
  warnings: DataWarning[];
}
