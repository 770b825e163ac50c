/**
 * Layout `csv_quoted`: an English hospital's export from a clinical database that quotes every
 * field: UTF-8 CSV, DD/MM/YYYY dates, "NA" for missing, the patient's name in one column
 * ("Family, Given"), and only the best response and progression date of each line, in words.
 *
 * @module
 */

import type { Layout } from "../layout.ts";
import { col } from "./_columns.ts";

const file = {
  format: "delimited",
  encoding: "utf-8",
  bom: false,
  delimiter: ",",
  lineEnd: "\r\n",
  quoteAll: true,
  decimalMark: ".",
  dateFormat: "DD/MM/YYYY",
  missing: ["", "NA"],
  missingAs: "NA",
} as const;

export const CSV_QUOTED: Layout = {
  name: "csv_quoted",
  institution: "St Nowhere's Hospital (fictitious)",
  language: "en",
  level: "best",
  reportsSetting: false,
  caseStart: 11,
  hospitalNumber: (random) =>
    `SNH${random.int(100000, 999999)}${random.pick(["A", "B", "K", "X"])}`,
  description: 'two UTF-8 CSV files with every field quoted, DD/MM/YYYY dates, "NA" = missing, ' +
    "the name in one column; best response (in words) and progression date per line only",
  files: [
    {
      ...file,
      path: "ccs_patients.csv",
      tables: [{
        table: "patients",
        columns: [
          col("case_id", "Study ID"),
          col("patient_name", "Patient name"),
          col("hospital_number", "Hospital number"),
          col("birth_date", "Date of birth"),
          col("sex", "Sex"),
          col("diagnosis_date", "Date of diagnosis"),
          col("primary_site", "Primary site"),
          col("stage_at_diagnosis", "Stage at diagnosis"),
          col("molecular_confirmation", "Molecular confirmation"),
          col("fusion", "Fusion"),
          col("advanced_date", "Date of advanced disease"),
          col("last_contact_date", "Last contact"),
          col("vital_status", "Status"),
          col("death_date", "Date of death"),
        ],
        codes: {
          sex: { M: "Male", F: "Female" },
          primary_site: {
            aponeurosis: "Aponeurosis",
            limb: "Limb",
            trunk: "Trunk",
            head_neck: "Head and neck",
            visceral_gi: "Visceral / GI",
            other: "Other",
          },
          stage_at_diagnosis: {
            localised: "Localised",
            locally_advanced: "Locally advanced",
            metastatic: "Metastatic",
          },
          molecular_confirmation: { yes: "Yes", no: "No" },
          fusion: {
            "EWSR1-ATF1": "EWSR1-ATF1",
            "EWSR1-CREB1": "EWSR1-CREB1",
            "EWSR1-rearranged": "EWSR1 rearrangement (FISH)",
            not_tested: "Not tested",
            negative: "Negative",
          },
          vital_status: { alive: "Alive", dead: "Dead" },
        },
      }],
    },
    {
      ...file,
      path: "ccs_treatments.csv",
      tables: [{
        table: "lines",
        columns: [
          col("case_id", "Study ID"),
          col("line", "Line"),
          col("regimen", "Regimen"),
          col("start_date", "Start date"),
          col("end_date", "End date"),
          col("reason_stopped", "Reason stopped"),
          col("best_response", "Best response"),
          col("progression_date", "Date of progression"),
        ],
        codes: {
          reason_stopped: {
            progression: "Progression",
            toxicity: "Toxicity",
            completed: "Completed",
            death: "Death",
            patient_choice: "Patient choice",
            other: "Other",
            ongoing: "Ongoing",
          },
          best_response: {
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
