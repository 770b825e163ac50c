/**
 * Layout `tsv_us`: an American cancer center's tab-separated text export, UTF-8 with a byte-order
 * mark (as Excel writes "Unicode text"), US dates without leading zeros (6/17/1985), "NA" for
 * missing, and time-point responses only (no measurements, no best response).
 *
 * @module
 */

import type { Layout } from "../layout.ts";
import { col, hospitalNumber } from "./_columns.ts";

const file = {
  format: "delimited",
  encoding: "utf-8",
  bom: true,
  delimiter: "\t",
  lineEnd: "\r\n",
  decimalMark: ".",
  dateFormat: "MM/DD/YYYY",
  unpaddedDates: true,
  missing: ["", "NA"],
  missingAs: "NA",
} as const;

export const TSV_US: Layout = {
  name: "tsv_us",
  institution: "Lakeside Testing Cancer Center (fictitious)",
  language: "en",
  level: "timepoints",
  reportsSetting: false,
  caseStart: 101,
  hospitalNumber: hospitalNumber("LTC-", 6),
  description:
    "three tab-separated UTF-8 text files with a byte-order mark, US dates (M/D/YYYY), " +
    '"NA" = missing; time-point responses only',
  files: [
    {
      ...file,
      path: "patients.txt",
      tables: [{
        table: "patients",
        columns: [
          col("case_id", "Subject ID"),
          col("family_name", "Last Name"),
          col("given_name", "First Name"),
          col("hospital_number", "MRN"),
          col("birth_date", "DOB"),
          col("sex", "Gender"),
          col("diagnosis_date", "Dx Date"),
          col("primary_site", "Primary Site"),
          col("stage_at_diagnosis", "Stage at Dx"),
          col("molecular_confirmation", "Molecular Confirmation"),
          col("fusion", "Fusion"),
          col("advanced_date", "Advanced Dx Date"),
          col("last_contact_date", "Last Contact"),
          col("vital_status", "Vital Status"),
          col("death_date", "Date of Death"),
        ],
        codes: {
          sex: { M: "Male", F: "Female" },
          primary_site: {
            aponeurosis: "Tendon/aponeurosis",
            limb: "Extremity",
            trunk: "Trunk",
            head_neck: "Head & Neck",
            visceral_gi: "Visceral/GI",
            other: "Other",
          },
          stage_at_diagnosis: {
            localised: "Localized",
            locally_advanced: "Locally advanced",
            metastatic: "Metastatic",
          },
          molecular_confirmation: { yes: "Yes", no: "No" },
          fusion: {
            "EWSR1-ATF1": "EWSR1-ATF1",
            "EWSR1-CREB1": "EWSR1-CREB1",
            "EWSR1-rearranged": "EWSR1 rearranged (partner unknown)",
            not_tested: "Not tested",
            negative: "Negative",
          },
          vital_status: { alive: "Alive", dead: "Deceased" },
        },
      }],
    },
    {
      ...file,
      path: "lines.txt",
      tables: [{
        table: "lines",
        columns: [
          col("case_id", "Subject ID"),
          col("line", "Line"),
          col("regimen", "Regimen"),
          col("start_date", "Start"),
          col("end_date", "Stop"),
          col("reason_stopped", "Reason Off"),
        ],
        codes: {
          reason_stopped: {
            progression: "Progression",
            toxicity: "Toxicity",
            completed: "Completed",
            death: "Death",
            patient_choice: "Patient preference",
            other: "Other",
            ongoing: "Ongoing",
          },
        },
      }],
    },
    {
      ...file,
      path: "responses.txt",
      tables: [{
        table: "assessments",
        columns: [
          col("case_id", "Subject ID"),
          col("line", "Line"),
          col("assessment_date", "Scan Date"),
          col("timepoint_response", "Response"),
        ],
        codes: {
          timepoint_response: {
            CR: "Complete response",
            PR: "Partial response",
            SD: "Stable disease",
            PD: "Progressive disease",
            NE: "Not evaluable",
          },
        },
      }],
    },
  ],
};
