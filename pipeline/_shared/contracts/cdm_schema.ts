/**
 * The common data model that harmonise writes to `data/interim/harmonise/` (documented in
 * `data/codebook.md`): the column order of each table, and the codes of the reconciliation.
 * Later stages import these names rather than spelling them again.
 *
 * @module
 */

/** Column order of each CDM table (file `<name>.arrow`). */
export const CDM_COLUMNS = {
  patients: [
    "usubjid",
    "siteid",
    "sites",
    "sex",
    "age_at_diagnosis",
    "diagnosis_date",
    "primary_site",
    "stage_at_diagnosis",
    "fusion",
    "advanced_date",
    "sources",
  ],
  lines: [
    "usubjid",
    "line",
    "line_reported",
    "source_site",
    "regimen_reported",
    "regimen",
    "regimen_class",
    "start_date",
    "end_date",
    "reason_stopped",
    "best_response_reported",
    "progression_date_reported",
    "sources",
  ],
  assessments: [
    "usubjid",
    "line",
    "assessment_date",
    "target_sum_mm",
    "target_nodal_sum_mm",
    "target_nodal_max_mm",
    "nontarget",
    "new_lesions",
    "timepoint_response_reported",
    "sources",
  ],
  followup: ["usubjid", "last_contact_date", "vital_status", "death_date", "sources"],
  exclusions: ["site", "case_id", "reason", "detail"],
} as const;

/** The name of a CDM table. */
export type CdmTableName = keyof typeof CDM_COLUMNS;

/** Why a screened patient is not included, in the order the criteria are applied. */
export const ELIGIBILITY_REASONS = [
  "not_molecularly_confirmed",
  "no_systemic_therapy_for_advanced_disease",
  "treated_outside_study_window",
] as const;

/** Why a raw row is excluded: a patient-level reason, or a line that is not for advanced disease. */
export const EXCLUSION_REASONS = [...ELIGIBILITY_REASONS, "not_advanced_setting"] as const;

/** Why a raw row is merged into another: an identical row of the same file, or a referral. */
export const MERGE_REASONS = ["duplicate_row", "referral_merged"] as const;

export type EligibilityReason = typeof ELIGIBILITY_REASONS[number];
export type ExclusionReason = typeof EXCLUSION_REASONS[number];
export type MergeReason = typeof MERGE_REASONS[number];
