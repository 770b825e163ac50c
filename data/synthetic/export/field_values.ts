/**
 * The common value of each source field for one row of a site's export, before the site's codes,
 * date format and decimal mark are applied. Dates are ISO strings, numbers are numbers, codes are
 * the codebook's common values, and a missing value is null.
 *
 * @module
 */

import type { Assessment, ReportedLine, SiteRecord } from "../model.ts";
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
  // One switch per table rather than a record of every field per cell: the exports of a large
  // cohort ask for tens of millions of cells.
  if (table === "patients") return patientValue(record, field);
  if (reported === undefined) throw new RangeError(`Expected a line for a row of ${table}`);
  if (field === "line") return reported.number;
  if (table === "lines") return lineValue(reported, field);
  if (assessment === undefined) {
    throw new RangeError("Expected an assessment for a row of assessments");
  }
  return assessmentValue(assessment, field);
}

function patientValue(record: SiteRecord, field: string): CommonValue {
  const patient = record.patient;
  switch (field) {
    case "patient_name":
      return `${record.familyName}, ${record.givenName}`;
    case "family_name":
      return record.familyName;
    case "given_name":
      return record.givenName;
    case "hospital_number":
      return record.hospitalNumber;
    case "birth_date":
      return patient.birthDate;
    case "sex":
      return patient.sex;
    case "diagnosis_date":
      return patient.diagnosisDate;
    case "primary_site":
      return patient.primarySite;
    case "stage_at_diagnosis":
      return patient.stage;
    case "molecular_confirmation":
      return patient.molecularConfirmation;
    case "fusion":
      return patient.fusion;
    case "advanced_date":
      return patient.advancedDate;
    case "last_contact_date":
      return record.lastContactDate;
    case "vital_status":
      return record.vitalStatus;
    case "death_date":
      return record.deathDate;
  }
  return unknownField(field, "patients");
}

function lineValue(reported: ReportedLine, field: string): CommonValue {
  const line = reported.line;
  switch (field) {
    case "setting":
      return line.setting;
    case "regimen":
      return reported.regimenText;
    case "start_date":
      return line.startDate;
    case "end_date":
      return line.endDate;
    case "reason_stopped":
      return line.reasonStopped;
    case "best_response":
      return line.reportedBestResponse;
    case "progression_date":
      return line.progressionDate;
  }
  return unknownField(field, "lines");
}

function assessmentValue(assessment: Assessment, field: string): CommonValue {
  switch (field) {
    case "assessment_date":
      return assessment.date;
    case "target_sum_mm":
      return assessment.targetSum;
    case "target_nodal_sum_mm":
      return assessment.nodalSum;
    case "target_nodal_max_mm":
      return assessment.nodalMax;
    case "nontarget":
      return assessment.nontarget;
    case "new_lesions":
      return assessment.newLesions ? "yes" : "no";
    case "timepoint_response":
      return assessment.timepoint;
  }
  return unknownField(field, "assessments");
}

function unknownField(field: string, table: SourceTable): never {
  throw new RangeError(`Expected a source field of table ${table} but found "${field}"`);
}
