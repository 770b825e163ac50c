/**
 * ADSL: one row per included patient.
 *
 * @module
 */

import { type AdamColumn, flag, integer, SRCREC_COLUMN, STUDYID } from "./columns.ts";
import { patientSources } from "./sources.ts";
import type { PatientEndpoints } from "../endpoints.ts";

export const ADSL_COLUMNS: AdamColumn<PatientEndpoints>[] = [
  { name: "STUDYID", label: "Study identifier", type: "Char", get: () => STUDYID },
  {
    name: "USUBJID",
    label: "Unique subject identifier (pseudonymous: site code and case number)",
    type: "Char",
    get: (p) => p.patient.usubjid,
  },
  {
    name: "SITEID",
    label: "Site of the subject identifier",
    type: "Char",
    get: (p) => p.patient.siteid,
  },
  {
    name: "SITES",
    label: "Every site that reported the patient",
    type: "Char",
    values: "site codes separated by ;",
    get: (p) => p.patient.sites,
  },
  { name: "SEX", label: "Sex", type: "Char", values: "M, F", get: (p) => p.patient.sex },
  {
    name: "AGE",
    label: "Age at diagnosis",
    type: "Num",
    values: "completed years",
    get: (p) => integer(p.patient.age_at_diagnosis),
  },
  { name: "AGEU", label: "Age unit", type: "Char", values: "YEARS", get: () => "YEARS" },
  {
    name: "DIAGDT",
    label: "Date of diagnosis of clear cell sarcoma",
    type: "Date",
    get: (p) => p.patient.diagnosis_date,
  },
  {
    name: "ADVDT",
    label: "Date of diagnosis of locally advanced or metastatic disease",
    type: "Date",
    get: (p) => p.patient.advanced_date,
  },
  {
    name: "STAGEDX",
    label: "Stage at diagnosis",
    type: "Char",
    values: "localised, locally_advanced, metastatic",
    get: (p) => p.patient.stage_at_diagnosis,
  },
  {
    name: "METSDXFL",
    label: "Metastatic at diagnosis",
    type: "Char",
    values: "Y, N",
    get: (p) => flag(p.patient.stage_at_diagnosis === "metastatic"),
  },
  {
    name: "PRIMSITE",
    label: "Primary tumour site",
    type: "Char",
    values: "aponeurosis, limb, trunk, head_neck, visceral_gi, other",
    get: (p) => p.patient.primary_site,
  },
  {
    name: "FUSION",
    label: "Fusion or rearrangement",
    type: "Char",
    values: "EWSR1-ATF1, EWSR1-CREB1, EWSR1-rearranged",
    get: (p) => p.patient.fusion,
  },
  {
    name: "NLINES",
    label: "Number of lines of systemic therapy for advanced disease",
    type: "Num",
    get: (p) => integer(p.lines.length),
  },
  {
    name: "TRTSDT",
    label: "Start of the first line for advanced disease",
    type: "Date",
    get: (p) => p.lines[0]?.line.start_date ?? null,
  },
  {
    name: "TRTLSDT",
    label: "Start of the last line for advanced disease",
    type: "Date",
    get: (p) => p.lines.at(-1)?.line.start_date ?? null,
  },
  {
    name: "LSTALVDT",
    label: "Date last known alive (last contact)",
    type: "Date",
    get: (p) => p.followup.last_contact_date,
  },
  {
    name: "DTHFL",
    label: "Died",
    type: "Char",
    values: "Y, N",
    get: (p) => flag(p.followup.vital_status === "dead"),
  },
  { name: "DTHDT", label: "Date of death", type: "Date", get: (p) => p.followup.death_date },
  SRCREC_COLUMN((p) => patientSources(p)),
];
