/**
 * Validation of one entry of a file's `tables` in a site spec: the column mapping must name source
 * fields of the table and map every required one, and each code list must lead to common values.
 *
 * @module
 */

import { isObject, list, refuseUnknown, show, type SpecProblem } from "./checks.ts";
import {
  fieldsToMap,
  isSourceTable,
  SOURCE_FIELDS,
  type SourceTable,
} from "../values/source_fields.ts";
import type { FileFormat } from "./types.ts";

const TABLES = Object.keys(SOURCE_FIELDS);
const TABLE_KEYS: Record<FileFormat, string[]> = {
  delimited: ["table", "columns", "codes", "headerRow"],
  xlsx: ["table", "columns", "codes", "headerRow", "sheet"],
  redcap: ["table", "columns", "codes", "where"],
};

/** Pushes every problem of the table entry `value` (at `at`) of a file in `format`. */
export function checkTableSpec(
  value: unknown,
  format: FileFormat,
  at: string,
  problems: SpecProblem[],
): void {
  if (!isObject(value)) return void problems.push(`${at} must be an object`);
  refuseUnknown(value, TABLE_KEYS[format], at, problems, format);
  if (!isSourceTable(value.table)) {
    return void problems.push(
      `${at}.table must be one of ${list(TABLES)} but found ${show(value.table)}`,
    );
  }
  const table = value.table;
  checkColumns(value.columns, table, `${at}.columns`, problems);
  if (value.codes !== undefined) {
    checkCodes(value.codes, value.columns, table, `${at}.codes`, problems);
  }
  if (
    "headerRow" in value && !(Number.isInteger(value.headerRow) && (value.headerRow as number) >= 1)
  ) {
    problems.push(`${at}.headerRow must be an integer >= 1 but found ${show(value.headerRow)}`);
  }
  if (format === "xlsx" && (typeof value.sheet !== "string" || value.sheet === "")) {
    problems.push(`${at}.sheet must name a sheet of the workbook but found ${show(value.sheet)}`);
  }
  if (format === "redcap") {
    const where = value.where;
    if (
      !isObject(where) || Object.keys(where).length === 0 ||
      !Object.values(where).every((v) => typeof v === "string")
    ) {
      problems.push(
        `${at}.where must be an object of column -> string value but found ${show(where)}`,
      );
    }
  }
}

function checkColumns(
  columns: unknown,
  table: SourceTable,
  at: string,
  problems: SpecProblem[],
): void {
  if (!isObject(columns)) return void problems.push(`${at} must be an object of field -> column`);
  const fields = SOURCE_FIELDS[table];
  for (const [field, column] of Object.entries(columns)) {
    if (!Object.hasOwn(fields, field)) {
      problems.push(
        `${at}.${field} is not a source field of ${table} (expected one of ${
          list(Object.keys(fields))
        })`,
      );
    } else if (typeof column !== "string" || column.trim() === "") {
      problems.push(`${at}.${field} must name a column but found ${show(column)}`);
    }
  }
  for (const field of fieldsToMap(table)) {
    if (!(field in columns)) {
      problems.push(`${at}.${field} is required: map the column that holds ${field}`);
    }
  }
}

function checkCodes(
  codes: unknown,
  columns: unknown,
  table: SourceTable,
  at: string,
  problems: SpecProblem[],
): void {
  if (!isObject(codes)) return void problems.push(`${at} must be an object of field -> code list`);
  for (const [field, codeList] of Object.entries(codes)) {
    const allowed = SOURCE_FIELDS[table][field]?.values;
    if (allowed === undefined) {
      problems.push(`${at}.${field} is not a coded field of ${table}`);
      continue;
    }
    if (!isObject(columns) || !(field in columns)) {
      problems.push(`${at}.${field} has a code list but the field is not mapped in columns`);
    }
    if (!isObject(codeList)) {
      problems.push(`${at}.${field} must be an object of site value -> common value`);
      continue;
    }
    for (const [code, common] of Object.entries(codeList)) {
      if (common !== null && !allowed.includes(common as string)) {
        problems.push(
          `${at}.${field}.${JSON.stringify(code)} maps to ${
            show(common)
          }, which is not a value of ${field} (expected one of ${
            list(allowed)
          }, or null for missing)`,
        );
      }
    }
  }
}
