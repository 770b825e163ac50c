/**
 * Layout `csv_semicolon`: a Norwegian university hospital's UTF-8 CSV with semicolons, DD.MM.YYYY
 * dates and decimal commas; sex coded 1 (male) and 2 (female); "999" for a value not applicable
 * (the largest target lymph node when there is none). Measurements per assessment only, with
 * target lymph nodes; no best response.
 *
 * @module
 */

import type { Layout } from "../layout.ts";
import { col, hospitalNumber } from "./_columns.ts";

const file = {
  format: "delimited",
  encoding: "utf-8",
  bom: false,
  delimiter: ";",
  lineEnd: "\n",
  decimalMark: ",",
  dateFormat: "DD.MM.YYYY",
  missing: ["", "999"],
  missingAs: "",
} as const;

export const CSV_SEMICOLON: Layout = {
  name: "csv_semicolon",
  institution: "Testvik universitetssykehus (fictitious)",
  language: "no",
  level: "measurements",
  reportsSetting: false,
  caseStart: 1,
  hospitalNumber: hospitalNumber("J", 7),
  description:
    'three UTF-8 CSV files, semicolon-separated, DD.MM.YYYY dates, decimal commas, sex 1/2, "999" and empty = missing; measurements per assessment with target lymph nodes, no best response',
  files: [
    {
      ...file,
      path: "pasienter.csv",
      tables: [{
        table: "patients",
        columns: [
          col("case_id", "Løpenr"),
          col("family_name", "Etternavn"),
          col("given_name", "Fornavn"),
          col("hospital_number", "Journalnr"),
          col("birth_date", "Fødselsdato"),
          col("sex", "Kjønn"),
          col("diagnosis_date", "Diagnosedato"),
          col("primary_site", "Lokalisasjon"),
          col("stage_at_diagnosis", "Stadium ved diagnose"),
          col("molecular_confirmation", "Molekylær bekreftelse"),
          col("fusion", "Fusjon"),
          col("advanced_date", "Dato avansert sykdom"),
          col("last_contact_date", "Siste kontakt"),
          col("vital_status", "Status"),
          col("death_date", "Dødsdato"),
        ],
        codes: {
          sex: { M: "1", F: "2" },
          primary_site: {
            aponeurosis: "aponevrose",
            limb: "ekstremitet",
            trunk: "truncus",
            head_neck: "hode/hals",
            visceral_gi: "visceral/GI",
            other: "annet",
          },
          stage_at_diagnosis: {
            localised: "lokalisert",
            locally_advanced: "lokalavansert",
            metastatic: "metastatisk",
          },
          molecular_confirmation: { yes: "ja", no: "nei" },
          fusion: {
            "EWSR1-ATF1": "EWSR1-ATF1",
            "EWSR1-CREB1": "EWSR1-CREB1",
            "EWSR1-rearranged": "EWSR1-rearrangert",
            not_tested: "ikke testet",
            negative: "negativ",
          },
          vital_status: { alive: "levende", dead: "død" },
        },
      }],
    },
    {
      ...file,
      path: "behandling.csv",
      tables: [{
        table: "lines",
        columns: [
          col("case_id", "Løpenr"),
          col("line", "Linje"),
          col("regimen", "Regime"),
          col("start_date", "Start"),
          col("end_date", "Slutt"),
          col("reason_stopped", "Årsak stopp"),
        ],
        codes: {
          reason_stopped: {
            progression: "progresjon",
            toxicity: "toksisitet",
            completed: "fullført",
            death: "død",
            patient_choice: "pasientens valg",
            other: "annet",
            ongoing: "pågående",
          },
        },
      }],
    },
    {
      ...file,
      path: "evalueringer.csv",
      tables: [{
        table: "assessments",
        columns: [
          col("case_id", "Løpenr"),
          col("line", "Linje"),
          col("assessment_date", "Dato"),
          col("target_sum_mm", "Sum target (mm)"),
          col("target_nodal_sum_mm", "Lymfeknuter sum (mm)", "0"),
          col("target_nodal_max_mm", "Største lymfeknute (mm)", "999"),
          col("nontarget", "Non-target"),
          col("new_lesions", "Nye lesjoner"),
        ],
        codes: { new_lesions: { yes: "ja", no: "nei" } },
      }],
    },
  ],
};
