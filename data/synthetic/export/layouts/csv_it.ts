/**
 * Layout `csv_it`: an Italian institute's UTF-8 CSV files with ISO dates, "n.d." (non disponibile)
 * for missing values, and time-point responses only, in Italian abbreviations.
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
  missing: ["", "n.d."],
  missingAs: "n.d.",
} as const;

export const CSV_IT: Layout = {
  name: "csv_it",
  institution: "Istituto Immaginario dei Tumori (fictitious)",
  language: "it",
  level: "timepoints",
  reportsSetting: false,
  caseStart: 1,
  hospitalNumber: hospitalNumber("IIT", 6),
  description: 'three UTF-8 CSV files, comma-separated, ISO dates, "n.d." = missing; time-point ' +
    "responses only (RC, RP, MS, PM, NV)",
  files: [
    {
      ...file,
      path: "pazienti.csv",
      tables: [{
        table: "patients",
        columns: [
          col("case_id", "id_paziente"),
          col("family_name", "cognome"),
          col("given_name", "nome"),
          col("hospital_number", "cartella_clinica"),
          col("birth_date", "data_nascita"),
          col("sex", "sesso"),
          col("diagnosis_date", "data_diagnosi"),
          col("primary_site", "sede_primitiva"),
          col("stage_at_diagnosis", "stadio_diagnosi"),
          col("molecular_confirmation", "conferma_molecolare"),
          col("fusion", "trascritto"),
          col("advanced_date", "data_malattia_avanzata"),
          col("last_contact_date", "data_ultimo_contatto"),
          col("vital_status", "stato_in_vita"),
          col("death_date", "data_decesso"),
          extra("note", ({ record }) => record.remark),
        ],
        codes: {
          primary_site: {
            aponeurosis: "aponeurosi",
            limb: "arto",
            trunk: "tronco",
            head_neck: "testa-collo",
            visceral_gi: "viscerale/GI",
            other: "altro",
          },
          stage_at_diagnosis: {
            localised: "localizzato",
            locally_advanced: "localmente avanzato",
            metastatic: "metastatico",
          },
          molecular_confirmation: { yes: "si", no: "no" },
          fusion: {
            "EWSR1-ATF1": "EWSR1-ATF1",
            "EWSR1-CREB1": "EWSR1-CREB1",
            "EWSR1-rearranged": "riarrangiamento EWSR1",
            not_tested: "non eseguito",
            negative: "negativo",
          },
          vital_status: { alive: "vivo", dead: "deceduto" },
        },
      }],
    },
    {
      ...file,
      path: "linee.csv",
      tables: [{
        table: "lines",
        columns: [
          col("case_id", "id_paziente"),
          col("line", "linea"),
          col("regimen", "schema"),
          col("start_date", "data_inizio"),
          col("end_date", "data_fine"),
          col("reason_stopped", "motivo_stop"),
        ],
        codes: {
          reason_stopped: {
            progression: "progressione",
            toxicity: "tossicita",
            completed: "completato",
            death: "decesso",
            patient_choice: "scelta del paziente",
            other: "altro",
            ongoing: "in corso",
          },
        },
      }],
    },
    {
      ...file,
      path: "valutazioni.csv",
      tables: [{
        table: "assessments",
        columns: [
          col("case_id", "id_paziente"),
          col("line", "linea"),
          col("assessment_date", "data_valutazione"),
          col("timepoint_response", "risposta"),
        ],
        codes: { timepoint_response: { CR: "RC", PR: "RP", SD: "MS", PD: "PM", NE: "NV" } },
      }],
    },
  ],
};
