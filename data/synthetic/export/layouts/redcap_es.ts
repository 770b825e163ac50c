/**
 * Layout `redcap_es`: a Spanish institute's REDCap project, exported as flat JSON (raw codes) with
 * its data dictionary. Instruments: `patient`, and the repeating `treatment_line` and
 * `tumour_assessment`. Measurements per assessment, the reported best response and progression
 * date, and each line's setting (so adjuvant lines appear too).
 *
 * @module
 */

import type { Layout } from "../layout.ts";
import { col, hospitalNumber } from "./_columns.ts";

const SEX = { "1": "Hombre", "2": "Mujer" };
const SITE = {
  "1": "Aponeurosis/tendón",
  "2": "Extremidad (no aponeurosis)",
  "3": "Tronco",
  "4": "Cabeza y cuello",
  "5": "Visceral/gastrointestinal",
  "6": "Otra",
};
const STAGE = { "1": "Localizado", "2": "Localmente avanzado", "3": "Metastásico" };
const YES_NO = { "1": "Sí", "0": "No" };
const FUSION = {
  "1": "EWSR1-ATF1",
  "2": "EWSR1-CREB1",
  "3": "Reordenamiento EWSR1 (pareja no determinada)",
  "4": "No realizado",
  "5": "Negativo",
};
const VITAL = { "0": "Vivo", "1": "Fallecido" };
const SETTING = { "1": "Enfermedad avanzada", "2": "Perioperatorio" };
const REASON = {
  "1": "Progresión",
  "2": "Toxicidad",
  "3": "Completado",
  "4": "Fallecimiento",
  "5": "Decisión del paciente",
  "6": "Otro",
  "7": "En curso",
};
const RESPONSE = { "1": "RC", "2": "RP", "3": "EE", "4": "PE", "5": "NE" };
const NONTARGET = {
  "1": "RC",
  "2": "Ni RC ni PE",
  "3": "PE",
  "4": "NE",
  "5": "Sin lesiones no diana",
};

export const REDCAP_ES: Layout = {
  name: "redcap_es",
  institution: "Instituto Ficticio de Sarcomas (fictitious)",
  language: "es",
  level: "measurements",
  reportsSetting: true,
  caseStart: 1,
  hospitalNumber: hospitalNumber("", 6),
  description:
    "a REDCap flat JSON export (all values strings, raw codes, ISO dates, empty = missing) " +
    "with its data dictionary (CSV); measurements per assessment, plus reported best response",
  files: [{
    path: "CCS_WSN_export.json",
    format: "redcap",
    encoding: "utf-8",
    bom: false,
    dictionary: "CCS_WSN_DataDictionary.csv",
    decimalMark: ".",
    dateFormat: "YYYY-MM-DD",
    missing: [""],
    missingAs: "",
    tables: [
      {
        table: "patients",
        where: { redcap_repeat_instrument: "" },
        columns: [
          col("case_id", "record_id"),
          col("family_name", "apellidos"),
          col("given_name", "nombre"),
          col("hospital_number", "nhc"),
          col("birth_date", "fecha_nac"),
          col("sex", "sexo"),
          col("diagnosis_date", "fecha_dx"),
          col("primary_site", "localizacion"),
          col("stage_at_diagnosis", "estadio_dx"),
          col("molecular_confirmation", "conf_molecular"),
          col("fusion", "fusion"),
          col("advanced_date", "fecha_avanzada"),
          col("last_contact_date", "fecha_ult_contacto"),
          col("vital_status", "estado_vital"),
          col("death_date", "fecha_muerte"),
        ],
        codes: {
          sex: { M: "1", F: "2" },
          primary_site: {
            aponeurosis: "1",
            limb: "2",
            trunk: "3",
            head_neck: "4",
            visceral_gi: "5",
            other: "6",
          },
          stage_at_diagnosis: { localised: "1", locally_advanced: "2", metastatic: "3" },
          molecular_confirmation: { yes: "1", no: "0" },
          fusion: {
            "EWSR1-ATF1": "1",
            "EWSR1-CREB1": "2",
            "EWSR1-rearranged": "3",
            not_tested: "4",
            negative: "5",
          },
          vital_status: { alive: "0", dead: "1" },
        },
        redcap: {
          form: "patient",
          labels: {
            apellidos: "Apellidos",
            nombre: "Nombre",
            nhc: "Número de historia clínica",
            fecha_nac: "Fecha de nacimiento",
            sexo: "Sexo",
            fecha_dx: "Fecha del diagnóstico histológico",
            localizacion: "Localización del tumor primario",
            estadio_dx: "Estadio al diagnóstico",
            conf_molecular: "Confirmación molecular (reordenamiento de EWSR1)",
            fusion: "Transcrito de fusión",
            fecha_avanzada: "Fecha de enfermedad avanzada o metastásica",
            fecha_ult_contacto: "Fecha del último contacto",
            estado_vital: "Estado vital",
            fecha_muerte: "Fecha de fallecimiento",
          },
          choices: {
            sexo: SEX,
            localizacion: SITE,
            estadio_dx: STAGE,
            conf_molecular: YES_NO,
            fusion: FUSION,
            estado_vital: VITAL,
          },
        },
      },
      {
        table: "lines",
        where: { redcap_repeat_instrument: "treatment_line" },
        columns: [
          col("case_id", "record_id"),
          col("line", "lt_numero"),
          col("setting", "lt_contexto"),
          col("regimen", "lt_esquema"),
          col("start_date", "lt_inicio"),
          col("end_date", "lt_fin"),
          col("reason_stopped", "lt_motivo"),
          col("best_response", "lt_mejor_resp"),
          col("progression_date", "lt_fecha_prog"),
        ],
        codes: {
          setting: { advanced: "1", perioperative: "2" },
          reason_stopped: {
            progression: "1",
            toxicity: "2",
            completed: "3",
            death: "4",
            patient_choice: "5",
            other: "6",
            ongoing: "7",
          },
          best_response: { CR: "1", PR: "2", SD: "3", PD: "4", NE: "5" },
        },
        redcap: {
          form: "treatment_line",
          labels: {
            lt_numero: "Número de línea",
            lt_contexto: "Contexto",
            lt_esquema: "Esquema",
            lt_inicio: "Fecha de inicio",
            lt_fin: "Fecha de fin",
            lt_motivo: "Motivo de fin",
            lt_mejor_resp: "Mejor respuesta (RECIST 1.1, investigador)",
            lt_fecha_prog: "Fecha de progresión",
          },
          choices: { lt_contexto: SETTING, lt_motivo: REASON, lt_mejor_resp: RESPONSE },
        },
      },
      {
        table: "assessments",
        where: { redcap_repeat_instrument: "tumour_assessment" },
        columns: [
          col("case_id", "record_id"),
          col("line", "ev_linea"),
          col("assessment_date", "ev_fecha"),
          col("target_sum_mm", "ev_suma_diana"),
          col("nontarget", "ev_no_diana"),
          col("new_lesions", "ev_nuevas"),
        ],
        codes: {
          nontarget: { CR: "1", "non-CR/non-PD": "2", PD: "3", NE: "4", none: "5" },
          new_lesions: { yes: "1", no: "0" },
        },
        redcap: {
          form: "tumour_assessment",
          labels: {
            ev_linea: "Línea evaluada",
            ev_fecha: "Fecha de la prueba de imagen",
            ev_suma_diana: "Suma de diámetros de lesiones diana (mm)",
            ev_no_diana: "Lesiones no diana",
            ev_nuevas: "Lesiones nuevas",
          },
          choices: { ev_no_diana: NONTARGET, ev_nuevas: YES_NO },
        },
      },
    ],
  }],
};
