/**
 * Layout `csv_iso`: a British sarcoma unit's export as three UTF-8 CSV files with ISO dates and
 * every level of detail a site can give: measurements per assessment (with target lymph nodes),
 * the investigator's best response and the progression date of each line, and each line's intent
 * (so adjuvant lines appear too). A free-text comments column is not mapped.
 *
 * @module
 */

import type { Layout } from "../layout.ts";
import { col, extra, hospitalNumber } from "./_columns.ts";

const file = {
  format: "delimited",
  encoding: "utf-8",
  bom: false,
  delimiter: ",",
  lineEnd: "\n",
  decimalMark: ".",
  dateFormat: "YYYY-MM-DD",
  missing: [""],
  missingAs: "",
} as const;

export const CSV_ISO: Layout = {
  name: "csv_iso",
  institution: "Royal Testshire Sarcoma Unit (fictitious)",
  language: "en",
  level: "measurements",
  reportsSetting: true,
  caseStart: 1,
  hospitalNumber: hospitalNumber("RTS", 7),
  description: "three UTF-8 CSV files, comma-separated, ISO dates (YYYY-MM-DD), empty = missing; " +
    "measurements per assessment with target lymph nodes, plus reported best response",
  files: [
    {
      ...file,
      path: "patients.csv",
      tables: [{
        table: "patients",
        columns: [
          col("case_id", "study_no"),
          col("family_name", "surname"),
          col("given_name", "forename"),
          col("hospital_number", "hospital_no"),
          col("birth_date", "dob"),
          col("sex", "sex"),
          col("diagnosis_date", "date_of_diagnosis"),
          col("primary_site", "primary_site"),
          col("stage_at_diagnosis", "stage_at_diagnosis"),
          col("molecular_confirmation", "molecular_confirmation"),
          col("fusion", "fusion_result"),
          col("advanced_date", "date_advanced_disease"),
          col("last_contact_date", "date_last_contact"),
          col("vital_status", "status"),
          col("death_date", "date_of_death"),
          extra("comments", ({ record }) => record.remark),
        ],
        codes: {
          primary_site: {
            aponeurosis: "tendon/aponeurosis",
            limb: "limb",
            trunk: "trunk",
            head_neck: "head and neck",
            visceral_gi: "visceral/GI",
            other: "other",
          },
          stage_at_diagnosis: {
            localised: "localised",
            locally_advanced: "locally advanced",
            metastatic: "metastatic",
          },
          molecular_confirmation: { yes: "Y", no: "N" },
          fusion: {
            "EWSR1-ATF1": "EWSR1-ATF1",
            "EWSR1-CREB1": "EWSR1-CREB1",
            "EWSR1-rearranged": "EWSR1 rearranged, partner unknown",
            not_tested: "not tested",
            negative: "negative",
          },
          vital_status: { alive: "Alive", dead: "Dead" },
        },
      }],
    },
    {
      ...file,
      path: "treatment_lines.csv",
      tables: [{
        table: "lines",
        columns: [
          col("case_id", "study_no"),
          col("line", "line_no"),
          col("setting", "intent"),
          col("regimen", "regimen"),
          col("start_date", "start_date"),
          col("end_date", "stop_date"),
          col("reason_stopped", "reason_stopped"),
          col("best_response", "best_response"),
          col("progression_date", "pd_date"),
        ],
        codes: {
          setting: { advanced: "palliative", perioperative: "adjuvant" },
          reason_stopped: {
            progression: "PD",
            toxicity: "toxicity",
            completed: "completed",
            death: "died",
            patient_choice: "patient choice",
            other: "other",
            ongoing: "ongoing",
          },
        },
      }],
    },
    {
      ...file,
      path: "tumour_assessments.csv",
      tables: [{
        table: "assessments",
        columns: [
          col("case_id", "study_no"),
          col("line", "line_no"),
          col("assessment_date", "scan_date"),
          col("target_sum_mm", "target_sum_mm"),
          col("target_nodal_sum_mm", "nodal_sum_mm"),
          col("target_nodal_max_mm", "nodal_max_mm"),
          col("nontarget", "non_target"),
          col("new_lesions", "new_lesions"),
        ],
        codes: { new_lesions: { yes: "Y", no: "N" } },
      }],
    },
  ],
};
