/**
 * Layout `xlsx_nl`: a Dutch centre's Excel workbook with one sheet each for patients, treatment
 * lines and evaluations, and a legend sheet that no table reads. Dates are Excel serial day
 * numbers shown as dd-mm-yyyy; the patients sheet has a title row above the column names. Time-point
 * responses, plus the reported best response and progression date of each line.
 *
 * @module
 */

import type { Layout } from "../layout.ts";
import { col, hospitalNumber } from "./_columns.ts";

const RESPONSE_LEGEND = "CR = complete respons, PR = partiële respons, SD = stabiele ziekte, " +
  "PD = progressieve ziekte, NE = niet evalueerbaar";

export const XLSX_NL: Layout = {
  name: "xlsx_nl",
  institution: "Fictief Sarcoomcentrum Testdam (fictitious)",
  language: "nl",
  level: "timepoints",
  reportsSetting: false,
  caseStart: 1,
  hospitalNumber: hospitalNumber("", 7),
  description: "one Excel workbook (.xlsx), sheets Patiënten (title row, then column names), " +
    "Behandellijnen, Evaluaties and an unread Legenda; dates as Excel serial numbers; empty cell = " +
    "missing; time-point responses, plus reported best response and progression date",
  files: [{
    path: "CCS_export_Testdam.xlsx",
    format: "xlsx",
    decimalMark: ",",
    dateFormat: "excel-serial",
    missing: ["", "onbekend"],
    missingAs: "",
    tables: [
      {
        table: "patients",
        sheet: "Patiënten",
        title: ["WSN clear cell sarcoma study: Fictief Sarcoomcentrum Testdam (synthetic data)"],
        columns: [
          col("case_id", "Studienummer"),
          col("family_name", "Achternaam"),
          col("given_name", "Voornaam"),
          col("hospital_number", "Ziekenhuisnummer"),
          col("birth_date", "Geboortedatum"),
          col("sex", "Geslacht"),
          col("diagnosis_date", "Diagnosedatum"),
          col("primary_site", "Primaire lokalisatie"),
          col("stage_at_diagnosis", "Stadium bij diagnose"),
          col("molecular_confirmation", "Moleculaire bevestiging"),
          col("fusion", "Fusie"),
          col("advanced_date", "Datum gevorderde ziekte"),
          col("last_contact_date", "Laatste contact"),
          col("vital_status", "Status"),
          col("death_date", "Overlijdensdatum"),
        ],
        codes: {
          sex: { M: "M", F: "V" },
          primary_site: {
            aponeurosis: "aponeurose/pees",
            limb: "extremiteit",
            trunk: "romp",
            head_neck: "hoofd-hals",
            visceral_gi: "visceraal/GI",
            other: "overig",
          },
          stage_at_diagnosis: {
            localised: "gelokaliseerd",
            locally_advanced: "lokaal gevorderd",
            metastatic: "gemetastaseerd",
          },
          molecular_confirmation: { yes: "ja", no: "nee" },
          fusion: {
            "EWSR1-ATF1": "EWSR1-ATF1",
            "EWSR1-CREB1": "EWSR1-CREB1",
            "EWSR1-rearranged": "EWSR1-herschikking",
            not_tested: "niet getest",
            negative: "negatief",
          },
          vital_status: { alive: "in leven", dead: "overleden" },
        },
      },
      {
        table: "lines",
        sheet: "Behandellijnen",
        columns: [
          col("case_id", "Studienummer"),
          col("line", "Lijn"),
          col("regimen", "Regime"),
          col("start_date", "Startdatum"),
          col("end_date", "Stopdatum"),
          col("reason_stopped", "Reden stop"),
          col("best_response", "Beste respons"),
          col("progression_date", "Datum progressie"),
        ],
        codes: {
          reason_stopped: {
            progression: "progressie",
            toxicity: "toxiciteit",
            completed: "voltooid",
            death: "overlijden",
            patient_choice: "eigen keuze",
            other: "anders",
            ongoing: "lopend",
          },
        },
      },
      {
        table: "assessments",
        sheet: "Evaluaties",
        columns: [
          col("case_id", "Studienummer"),
          col("line", "Lijn"),
          col("assessment_date", "Datum"),
          col("timepoint_response", "Respons"),
        ],
      },
    ],
    extraSheets: [{
      name: "Legenda",
      rows: [["Legenda"], ["Respons volgens RECIST 1.1"], [RESPONSE_LEGEND]],
    }],
  }],
};
