/**
 * Layout `csv_latin1`: a French centre's spreadsheet saved as "CSV (séparateur : point-virgule)":
 * Latin-1, semicolons, Windows line ends, DD/MM/YYYY dates, decimal commas, accented names and
 * French codes. "n.d." (non disponible) marks an unknown value and "-" one that does not apply.
 * Measurements per assessment and the reported best response; lines carry their context
 * (palliatif or adjuvant).
 *
 * @module
 */

import type { Layout } from "../layout.ts";
import { col, hospitalNumber } from "./_columns.ts";

const file = {
  format: "delimited",
  encoding: "latin1",
  bom: false,
  delimiter: ";",
  lineEnd: "\r\n",
  decimalMark: ",",
  dateFormat: "DD/MM/YYYY",
  missing: ["", "n.d.", "-"],
  missingAs: "n.d.",
} as const;

const RESPONSES = { CR: "RC", PR: "RP", SD: "stable", PD: "progression", NE: "NE" };

export const CSV_LATIN1: Layout = {
  name: "csv_latin1",
  institution: "Centre Fictif de Lyrac (fictitious)",
  language: "fr",
  level: "measurements",
  reportsSetting: true,
  caseStart: 1001,
  hospitalNumber: hospitalNumber("", 8),
  description:
    "three Latin-1 CSV files, semicolon-separated, Windows line ends, DD/MM/YYYY dates, " +
    'decimal commas, "n.d." and "-" = missing; measurements per assessment, plus reported best response',
  files: [
    {
      ...file,
      path: "patients.csv",
      tables: [{
        table: "patients",
        columns: [
          col("case_id", "N° étude"),
          col("family_name", "Nom"),
          col("given_name", "Prénom"),
          col("hospital_number", "IPP"),
          col("birth_date", "Date de naissance"),
          col("sex", "Sexe"),
          col("diagnosis_date", "Date du diagnostic"),
          col("primary_site", "Site primitif"),
          col("stage_at_diagnosis", "Stade au diagnostic"),
          col("molecular_confirmation", "Confirmation moléculaire"),
          col("fusion", "Transcrit de fusion"),
          col("advanced_date", "Date maladie avancée", "-"),
          col("last_contact_date", "Date des dernières nouvelles"),
          col("vital_status", "Statut vital"),
          col("death_date", "Date du décès", "-"),
        ],
        codes: {
          sex: { M: "H", F: "F" },
          primary_site: {
            aponeurosis: "aponévrose/tendon",
            limb: "membre",
            trunk: "tronc",
            head_neck: "tête et cou",
            visceral_gi: "viscéral/digestif",
            other: "autre",
          },
          stage_at_diagnosis: {
            localised: "localisé",
            locally_advanced: "localement avancé",
            metastatic: "métastatique",
          },
          molecular_confirmation: { yes: "oui", no: "non" },
          fusion: {
            "EWSR1-ATF1": "EWSR1-ATF1",
            "EWSR1-CREB1": "EWSR1-CREB1",
            "EWSR1-rearranged": "réarrangement EWSR1 (partenaire inconnu)",
            not_tested: "non testé",
            negative: "négatif",
          },
          vital_status: { alive: "vivant", dead: "décédé" },
        },
      }],
    },
    {
      ...file,
      path: "lignes.csv",
      tables: [{
        table: "lines",
        columns: [
          col("case_id", "N° étude"),
          col("line", "Ligne"),
          col("setting", "Contexte"),
          col("regimen", "Protocole"),
          col("start_date", "Date début"),
          col("end_date", "Date fin", "-"),
          col("reason_stopped", "Motif d'arrêt"),
          col("best_response", "Meilleure réponse", "-"),
          col("progression_date", "Date de progression", "-"),
        ],
        codes: {
          setting: { advanced: "palliatif", perioperative: "adjuvant" },
          reason_stopped: {
            progression: "progression",
            toxicity: "toxicité",
            completed: "fin de traitement",
            death: "décès",
            patient_choice: "choix du patient",
            other: "autre",
            ongoing: "en cours",
          },
          best_response: RESPONSES,
        },
      }],
    },
    {
      ...file,
      path: "evaluations.csv",
      tables: [{
        table: "assessments",
        columns: [
          col("case_id", "N° étude"),
          col("line", "Ligne"),
          col("assessment_date", "Date examen"),
          col("target_sum_mm", "Somme des cibles (mm)"),
          col("nontarget", "Lésions non cibles"),
          col("new_lesions", "Nouvelles lésions"),
        ],
        codes: {
          nontarget: {
            CR: "RC",
            "non-CR/non-PD": "ni RC ni progression",
            PD: "progression",
            NE: "NE",
            none: "absentes",
          },
          new_lesions: { yes: "oui", no: "non" },
        },
      }],
    },
  ],
};
