/**
 * Row types of the common data model that the harmonise stage writes and later stages read
 * (documented column by column in `data/codebook.md`). Dates are ISO `YYYY-MM-DD` strings.
 *
 * @module
 */

/**
 * Where a record came from: the raw site, file and row (or sheet and row, or REDCap record) of the
 * source record, as "S01/treatment_lines.csv row 12". Every row of the common data model carries
 * the references of the raw records behind it in `sources` (several joined by "; "), and the
 * analysis datasets carry them on as `SRCREC`, so every statistic can be traced to raw rows.
 */
export function recordReference(record: { site: string; file: string; row: string }): string {
  return `${record.site}/${record.file} ${record.row}`;
}

/** Joins record references, each once, in the order given. */
export function joinReferences(references: readonly string[]): string {
  return [...new Set(references)].join("; ");
}

/** The record references of a `sources` or `SRCREC` value. */
export function splitReferences(value: string | null | undefined): string[] {
  return value === null || value === undefined || value === "" ? [] : value.split("; ");
}

/** Time-point and best overall responses in RECIST 1.1 vocabulary. */
export type ResponseCode = "CR" | "PR" | "SD" | "PD" | "NE";

/** One included patient. */
export interface PatientRow {
  usubjid: string;
  siteid: string;
  sites: string;
  sex: "M" | "F";
  age_at_diagnosis: number;
  diagnosis_date: string;
  primary_site: string;
  stage_at_diagnosis: "localised" | "locally_advanced" | "metastatic";
  fusion: string;
  advanced_date: string;
  /** The patient records behind this row (the canonical one first). */
  sources: string;
}

/** One line of systemic therapy for advanced disease. */
export interface LineRow {
  usubjid: string;
  line: number;
  line_reported: number;
  source_site: string;
  regimen_reported: string;
  regimen: string;
  regimen_class: string;
  start_date: string;
  end_date: string | null;
  reason_stopped: string | null;
  best_response_reported: ResponseCode | null;
  progression_date_reported: string | null;
  /** The line record kept, then any other site's record of the same line merged into it. */
  sources: string;
}

/** One tumour assessment. */
export interface AssessmentRow {
  usubjid: string;
  line: number;
  assessment_date: string;
  target_sum_mm: number | null;
  target_nodal_sum_mm: number | null;
  target_nodal_max_mm: number | null;
  nontarget: "CR" | "non-CR/non-PD" | "PD" | "NE" | "none" | null;
  new_lesions: boolean | null;
  timepoint_response_reported: ResponseCode | null;
  sources: string;
}

/** Follow-up of one patient. */
export interface FollowupRow {
  usubjid: string;
  last_contact_date: string;
  vital_status: "alive" | "dead";
  death_date: string | null;
  /** The patient records whose last contact and vital status make this row. */
  sources: string;
}

/** The harmonised tables, as plain rows. */
export interface HarmonisedData {
  patients: PatientRow[];
  lines: LineRow[];
  assessments: AssessmentRow[];
  followup: FollowupRow[];
}
