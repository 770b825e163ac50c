/**
 * Layout `tsv_au`: an Australian cancer centre's tab-separated UTF-8 text (no byte-order mark),
 * DD/MM/YYYY dates, "-" for missing, and only the best response and progression date per line.
 *
 * @module
 */

import type { Layout } from "../layout.ts";
import { col, hospitalNumber } from "./_columns.ts";

const file = {
  format: "delimited",
  encoding: "utf-8",
  bom: false,
  delimiter: "\t",
  lineEnd: "\n",
  decimalMark: ".",
  dateFormat: "DD/MM/YYYY",
  missing: ["", "-"],
  missingAs: "-",
} as const;

export const TSV_AU: Layout = {
  name: "tsv_au",
  institution: "Testhaven Cancer Centre (fictitious)",
  language: "en",
  level: "best",
  reportsSetting: false,
  caseStart: 201,
  hospitalNumber: hospitalNumber("TCC-", 7),
  description: 'two tab-separated UTF-8 text files (no byte-order mark), DD/MM/YYYY dates, "-" = ' +
    "missing; best response and progression date per line only",
  files: [
    {
      ...file,
      path: "patients.tsv",
      tables: [{
        table: "patients",
        columns: [
          col("case_id", "CaseNo"),
          col("given_name", "GivenName"),
          col("family_name", "FamilyName"),
          col("hospital_number", "URN"),
          col("birth_date", "DateOfBirth"),
          col("sex", "Sex"),
          col("diagnosis_date", "DiagnosisDate"),
          col("primary_site", "PrimarySite"),
          col("stage_at_diagnosis", "StageAtDiagnosis"),
          col("molecular_confirmation", "MolecularConfirmation"),
          col("fusion", "Fusion"),
          col("advanced_date", "AdvancedDiseaseDate"),
          col("last_contact_date", "LastContactDate"),
          col("vital_status", "VitalStatus"),
          col("death_date", "DeathDate"),
        ],
        codes: {
          molecular_confirmation: { yes: "Y", no: "N" },
          vital_status: { alive: "A", dead: "D" },
        },
      }],
    },
    {
      ...file,
      path: "lines.tsv",
      tables: [{
        table: "lines",
        columns: [
          col("case_id", "CaseNo"),
          col("line", "LineNo"),
          col("regimen", "Regimen"),
          col("start_date", "StartDate"),
          col("end_date", "EndDate"),
          col("reason_stopped", "ReasonStopped"),
          col("best_response", "BestResponse"),
          col("progression_date", "ProgressionDate"),
        ],
      }],
    },
  ],
};
