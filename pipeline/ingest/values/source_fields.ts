/**
 * The source fields of `data/codebook.md`: what a site spec may map its columns to, each field's
 * type, whether it is required, and the common values of coded fields. This is the one place the
 * ingest stage learns the codebook; the spec validator and the value parsers both read it.
 *
 * @module
 */

/** The three source tables a site spec can feed. */
export type SourceTable = "patients" | "lines" | "assessments";

/** How a field's text is turned into a value. */
export type FieldType = "text" | "date" | "integer" | "number" | "code";

/** One source field: its type, whether it must be mapped and filled, and its common values. */
export interface FieldSpec {
  type: FieldType;
  /** Must be mapped by every table of this kind and filled in every row. */
  required: boolean;
  /** Read by ingest only, never written out (names, hospital numbers, birth dates). */
  identifier: boolean;
  /** Common values of a coded field. */
  values?: readonly string[];
}

const RESPONSES = ["CR", "PR", "SD", "PD", "NE"] as const;

function field(type: FieldType, required = false, values?: readonly string[]): FieldSpec {
  return { type, required, identifier: false, values };
}

function identifier(type: FieldType, required = false): FieldSpec {
  return { type, required, identifier: true };
}

/** Every source field by table, in codebook order. */
export const SOURCE_FIELDS: Readonly<Record<SourceTable, Readonly<Record<string, FieldSpec>>>> = {
  patients: {
    case_id: field("text", true),
    patient_name: identifier("text"),
    family_name: identifier("text"),
    given_name: identifier("text"),
    hospital_number: identifier("text"),
    birth_date: identifier("date", true),
    sex: field("code", true, ["M", "F"]),
    diagnosis_date: field("date", true),
    primary_site: field("code", true, [
      "aponeurosis",
      "limb",
      "trunk",
      "head_neck",
      "visceral_gi",
      "other",
    ]),
    stage_at_diagnosis: field("code", true, ["localised", "locally_advanced", "metastatic"]),
    molecular_confirmation: field("code", true, ["yes", "no"]),
    fusion: field("code", true, [
      "EWSR1-ATF1",
      "EWSR1-CREB1",
      "EWSR1-rearranged",
      "not_tested",
      "negative",
    ]),
    advanced_date: field("date"),
    last_contact_date: field("date", true),
    vital_status: field("code", true, ["alive", "dead"]),
    // Filled only for the dead, so not required row by row; but every spec must map it.
    death_date: field("date"),
  },
  lines: {
    case_id: field("text", true),
    line: field("integer", true),
    setting: field("code", false, ["advanced", "perioperative"]),
    regimen: field("text", true),
    start_date: field("date", true),
    end_date: field("date"),
    reason_stopped: field("code", false, [
      "progression",
      "toxicity",
      "completed",
      "death",
      "patient_choice",
      "other",
      "ongoing",
    ]),
    best_response: field("code", false, RESPONSES),
    progression_date: field("date"),
  },
  assessments: {
    case_id: field("text", true),
    line: field("integer", true),
    assessment_date: field("date", true),
    target_sum_mm: field("number"),
    target_nodal_sum_mm: field("number"),
    target_nodal_max_mm: field("number"),
    nontarget: field("code", false, ["CR", "non-CR/non-PD", "PD", "NE", "none"]),
    new_lesions: field("code", false, ["yes", "no"]),
    timepoint_response: field("code", false, RESPONSES),
  },
};

/** Fields every spec must map for `table`: the required ones, and `death_date` for patients. */
export function fieldsToMap(table: SourceTable): string[] {
  const required = Object.entries(SOURCE_FIELDS[table])
    .filter(([, spec]) => spec.required)
    .map(([name]) => name);
  return table === "patients" ? [...required, "death_date"] : required;
}

/** Whether `name` is a source table. */
export function isSourceTable(name: unknown): name is SourceTable {
  return typeof name === "string" && Object.hasOwn(SOURCE_FIELDS, name);
}
