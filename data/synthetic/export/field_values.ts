/**
 * The common value of each source field for one row of a site's export, before the site's codes,
 * date format and decimal mark are applied. Dates are ISO strings, numbers are numbers, codes are
 * the codebook's common values, and a missing value is null.
 *
 * @module
 */

import type { RowContext, SourceTable } from "./layout.ts";

export type CommonValue = string | number | null;

/** Source fields holding dates. */
export const DATE_FIELDS: ReadonlySet<string> = new Set([
  "birth_date",
  "diagnosis_date",
  "advanced_date",
  "last_contact_date",
  "death_date",
  "start_date",
  "end_date",
  "progression_date",
  "assessment_date",
]);

/** Source fields holding numbers (`line` is an integer). */
export const NUMBER_FIELDS: ReadonlySet<string> = new Set([
  "line",
  "target_sum_mm",
  "target_nodal_sum_mm",
  "target_nodal_max_mm",
]);

/** The common value of `field` in a row of `table`. */
export function commonValue(table: SourceTable, field: string, context: RowContext): CommonValue {
  const { record, reported, assessment } = context;
  if (field === "case_id") return record.caseId;
  if (table === "patients") {
    const patient = record.patient;
    const values: Record<string, CommonValue> = {
      patient_name: `${record.familyName}, ${record.givenName}`,
      family_name: record.familyName,
      given_name: record.givenName,
      hospital_number: record.hospitalNumber,
      birth_date: patient.birthDate,
      sex: patient.sex,
      diagnosis_date: patient.diagnosisDate,
      primary_site: patient.primarySite,
      stage_at_diagnosis: patient.stage,
      molecular_confirmation: patient.molecularConfirmation,
      fusion: patient.fusion,
      advanced_date: patient.advancedDate,
      last_contact_date: record.lastContactDate,
      vital_status: record.vitalStatus,
      death_date: record.deathDate,
    };
    return pick(values, field, table);
  }
  if (reported === undefined) throw new RangeError(`Expected a line for a row of ${table}`);
  if (field === "line") return reported.number;
  const line = reported.line;
  if (table === "lines") {
    const values: Record<string, CommonValue> = {
      setting: line.setting,
      regimen: reported.regimenText,
      start_date: line.startDate,
      end_date: line.endDate,
      reason_stopped: line.reasonStopped,
      best_response: line.reportedBestResponse,
      progression_date: line.progressionDate,
    };
    return pick(values, field, table);
  }
  if (assessment === undefined) {
    throw new RangeError("Expected an assessment for a row of assessments");
  }
  const values: Record<string, CommonValue> = {
    assessment_date: assessment.date,
    target_sum_mm: assessment.targetSum,
    target_nodal_sum_mm: assessment.nodalSum,
    target_nodal_max_mm: assessment.nodalMax,
    nontarget: assessment.nontarget,
    new_lesions: assessment.newLesions ? "yes" : "no",
    timepoint_response: assessment.timepoint,
  };
  return pick(values, field, table);
}

function pick(values: Record<string, CommonValue>, field: string, table: SourceTable): CommonValue {
  if (!Object.hasOwn(values, field)) {
    throw new RangeError(`Expected a source field of table ${table} but found "${field}"`);
  }
  return values[field] ?? null;
}
