/**
 * Layout `pipe_de`: a German clinic's export from its tumour documentation system as pipe-delimited
 * UTF-8 text with DD.MM.YYYY dates and two title lines above the column names. Best response
 * and progression date per line only (no assessments). "-" marks a missing value.
 *
 * @module
 */

import type { Layout } from "../layout.ts";
import { col, extra, hospitalNumber } from "./_columns.ts";

const file = {
  format: "delimited",
  encoding: "utf-8",
  bom: false,
  delimiter: "|",
  lineEnd: "\n",
  decimalMark: ",",
  dateFormat: "DD.MM.YYYY",
  missing: ["", "-"],
  missingAs: "-",
} as const;

const TITLE = [
  "Klarzellsarkom (WSN) - Datenexport Testklinikum Musterstadt (fiktiv)",
  "Datenstand: 30.09.2021",
];

export const PIPE_DE: Layout = {
  name: "pipe_de",
  institution: "Testklinikum Musterstadt (fictitious)",
  language: "de",
  level: "best",
  reportsSetting: false,
  caseStart: 7001,
  hospitalNumber: hospitalNumber("P", 8),
  description:
    'two pipe-delimited UTF-8 text files, two title lines before the column names, DD.MM.YYYY dates, "-" = missing; best response and progression date per line only',
  files: [
    {
      ...file,
      path: "patienten.txt",
      tables: [{
        table: "patients",
        title: TITLE,
        columns: [
          col("case_id", "Fallnr"),
          col("family_name", "Name"),
          col("given_name", "Vorname"),
          col("hospital_number", "Patientennummer"),
          col("birth_date", "Geburtsdatum"),
          col("sex", "Geschlecht"),
          col("diagnosis_date", "Diagnosedatum"),
          col("primary_site", "Lokalisation"),
          col("stage_at_diagnosis", "Stadium bei ED"),
          col("molecular_confirmation", "Molekular bestätigt"),
          col("fusion", "Fusion"),
          col("advanced_date", "Datum fortgeschritten"),
          col("last_contact_date", "Letzter Kontakt"),
          col("vital_status", "Status"),
          col("death_date", "Todesdatum"),
        ],
        codes: {
          sex: { M: "m", F: "w" },
          primary_site: {
            aponeurosis: "Aponeurose/Sehne",
            limb: "Extremität",
            trunk: "Stamm",
            head_neck: "Kopf/Hals",
            visceral_gi: "viszeral/GI",
            other: "sonstige",
          },
          stage_at_diagnosis: {
            localised: "lokalisiert",
            locally_advanced: "lokal fortgeschritten",
            metastatic: "metastasiert",
          },
          molecular_confirmation: { yes: "ja", no: "nein" },
          fusion: {
            "EWSR1-ATF1": "EWSR1-ATF1",
            "EWSR1-CREB1": "EWSR1-CREB1",
            "EWSR1-rearranged": "EWSR1-Rearrangement",
            not_tested: "nicht getestet",
            negative: "negativ",
          },
          vital_status: { alive: "lebt", dead: "verstorben" },
        },
      }],
    },
    {
      ...file,
      path: "therapien.txt",
      tables: [{
        table: "lines",
        title: TITLE,
        columns: [
          col("case_id", "Fallnr"),
          col("line", "Linie"),
          col("regimen", "Schema"),
          col("start_date", "Beginn"),
          col("end_date", "Ende"),
          col("reason_stopped", "Abbruchgrund"),
          col("best_response", "Bestes Ansprechen"),
          col("progression_date", "Progressionsdatum"),
          extra(
            "Bemerkung",
            ({ reported }) => reported?.line.reasonStopped === "toxicity" ? "Dosisreduktion" : "",
          ),
        ],
        codes: {
          reason_stopped: {
            progression: "Progress",
            toxicity: "Toxizität",
            completed: "abgeschlossen",
            death: "Tod",
            patient_choice: "Patientenwunsch",
            other: "sonstiges",
            ongoing: "laufend",
          },
        },
      }],
    },
  ],
};
