/**
 * A REDCap "flat" JSON export and its data dictionary. Every record carries every variable of the
 * project, as REDCap exports them: the patient's own record (`redcap_repeat_instrument` empty) and
 * one record per instance of the repeating instruments `treatment_line` and `tumour_assessment`,
 * with the other instruments' variables empty. All values are strings. The dictionary is REDCap's
 * CSV layout (one row per variable; system variables and `<form>_complete` are not listed).
 *
 * @module
 */

import { toDelimited } from "./delimited.ts";
import type { TableLayout } from "./layout.ts";

/** One instrument's rows: variable names in order, and each record's values. */
export interface RedcapInstrument {
  table: TableLayout;
  /** Value rows in column order (one per instance), in record order. */
  rows: readonly (readonly string[])[];
  /** Per row, the record it belongs to. */
  recordIds: readonly string[];
}

const SYSTEM = ["redcap_repeat_instrument", "redcap_repeat_instance"] as const;

/** The JSON text of the export: records grouped by record, patient first, one per line. */
export function redcapJson(
  instruments: readonly RedcapInstrument[],
  recordOrder: readonly string[],
): string {
  return wrapRedcapJson(redcapJsonLines(instruments, recordOrder));
}

/** The JSON text of an export from its lines (one REDCap record each). */
export function wrapRedcapJson(lines: readonly string[]): string {
  return `[\n${lines.join(",\n")}\n]\n`;
}

/**
 * The lines of the export for the records of `recordOrder`, one REDCap record each; the lines of
 * consecutive batches of records, joined, are the lines of all of them.
 */
export function redcapJsonLines(
  instruments: readonly RedcapInstrument[],
  recordOrder: readonly string[],
): string[] {
  // Every record has every key, in this order: what JSON.stringify writes for an object whose
  // keys are set in this order, written directly since a large site has a million records.
  const keys = [
    ...new Set([
      "record_id",
      ...SYSTEM,
      ...instruments.flatMap((i) => [...variablesOf(i.table), `${formOf(i.table)}_complete`]),
    ]),
  ];
  const slot = new Map(keys.map((key, k) => [key, k]));
  const names = keys.map((key) => `${JSON.stringify(key)}:`);
  const empty = JSON.stringify("");
  // Each instrument's rows grouped by record once, so the export is linear in the rows.
  const rowsByRecord = instruments.map((instrument) => {
    const groups = new Map<string, (readonly string[])[]>();
    instrument.rows.forEach((row, r) => {
      const id = instrument.recordIds[r]!;
      const group = groups.get(id);
      if (group === undefined) groups.set(id, [row]);
      else group.push(row);
    });
    return groups;
  });
  const lines: string[] = [];
  for (const id of recordOrder) {
    for (const [i, instrument] of instruments.entries()) {
      const repeating = instrument.table.where?.redcap_repeat_instrument ?? "";
      const columns = instrument.table.columns.map((column) =>
        column.header === "record_id" ? -1 : slot.get(column.header)!
      );
      const complete = slot.get(`${formOf(instrument.table)}_complete`)!;
      let instance = 0;
      for (const row of rowsByRecord[i]!.get(id) ?? []) {
        instance++;
        const values: string[] = new Array(keys.length).fill(empty);
        values[0] = JSON.stringify(id);
        values[1] = JSON.stringify(repeating);
        values[2] = JSON.stringify(repeating === "" ? "" : String(instance));
        columns.forEach((k, c) => {
          if (k >= 0) values[k] = JSON.stringify(row[c] ?? "");
        });
        values[complete] = JSON.stringify("2");
        lines.push(`{${values.map((value, k) => names[k] + value).join(",")}}`);
      }
    }
  }
  return lines;
}

/** The data dictionary (CSV) of the instruments' variables. */
export function redcapDictionary(
  tables: readonly TableLayout[],
  validation: (field: string) => string,
): string {
  const header = [
    "Variable / Field Name",
    "Form Name",
    "Section Header",
    "Field Type",
    "Field Label",
    "Choices, Calculations, OR Slider Labels",
    "Field Note",
    "Text Validation Type OR Show Slider Number",
    "Text Validation Min",
    "Text Validation Max",
    "Identifier?",
    "Branching Logic (Show field only if...)",
    "Required Field?",
    "Custom Alignment",
    "Question Number (surveys only)",
    "Matrix Group Name",
    "Matrix Ranking?",
    "Field Annotation",
  ];
  const rows: string[][] = [header];
  const first = tables[0];
  if (first === undefined) throw new RangeError("Expected at least one instrument");
  rows.push(dictionaryRow("record_id", formOf(first), "text", "Record ID", "", "", ""));
  for (const table of tables) {
    const form = table.redcap!;
    for (const column of table.columns) {
      if (column.header === "record_id") continue;
      const choices = form.choices?.[column.header];
      const choiceText = choices === undefined
        ? ""
        : Object.entries(choices).map(([code, label]) => `${code}, ${label}`).join(" | ");
      const identifier = ["family_name", "given_name", "hospital_number", "birth_date"].includes(
        column.field ?? "",
      );
      rows.push(dictionaryRow(
        column.header,
        form.form,
        choices === undefined ? "text" : "radio",
        form.labels[column.header] ?? column.header,
        choiceText,
        choices === undefined && column.field !== null ? validation(column.field) : "",
        identifier ? "y" : "",
      ));
    }
  }
  return toDelimited(rows, { delimiter: ",", lineEnd: "\n", quoteAll: true });
}

function dictionaryRow(
  variable: string,
  form: string,
  type: string,
  label: string,
  choices: string,
  validation: string,
  identifier: string,
): string[] {
  return [
    variable,
    form,
    "",
    type,
    label,
    choices,
    "",
    validation,
    "",
    "",
    identifier,
    "",
    "",
    "",
    "",
    "",
    "",
    "",
  ];
}

function variablesOf(table: TableLayout): string[] {
  return table.columns.map((c) => c.header).filter((h) => h !== "record_id");
}

function formOf(table: TableLayout): string {
  if (table.redcap === undefined) {
    throw new RangeError(`Table ${table.table} has no REDCap instrument`);
  }
  return table.redcap.form;
}
