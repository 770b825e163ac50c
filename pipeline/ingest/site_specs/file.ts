/**
 * Validation of one entry of a site spec's `files`: the keys its format needs (and no others),
 * the file names it claims, and its reading options, then each of its tables.
 *
 * @module
 */

import { isObject, list, refuseUnknown, show, type SpecProblem } from "./checks.ts";
import {
  DATE_FORMATS,
  DECIMAL_MARKS,
  DELIMITERS,
  ENCODINGS,
  type FileFormat,
  FORMATS,
} from "./types.ts";
import { checkTableSpec } from "./table.ts";

/** Which file keys each format requires, allows, or refuses (absent from both lists). */
const FILE_KEYS: Record<FileFormat, { required: string[]; optional: string[] }> = {
  delimited: {
    required: ["encoding", "bom", "delimiter", "decimalMark", "dateFormat", "tables"],
    optional: ["missing"],
  },
  xlsx: { required: ["decimalMark", "dateFormat", "tables"], optional: ["missing"] },
  redcap: {
    required: ["encoding", "bom", "dictionary", "decimalMark", "dateFormat", "tables"],
    optional: ["missing"],
  },
};

/**
 * Pushes every problem of the file entry `file` (at `at`); `fileNames` are the files in the site
 * folder and `claimed` the names earlier entries claimed (this entry's are added).
 */
export function checkFileSpec(
  file: unknown,
  at: string,
  fileNames: readonly string[],
  claimed: Set<string>,
  problems: SpecProblem[],
): void {
  if (!isObject(file)) return void problems.push(`${at} must be an object`);
  const format = file.format as FileFormat;
  if (!FORMATS.includes(format)) {
    return void problems.push(
      `${at}.format must be one of ${list(FORMATS)} but found ${show(format)}`,
    );
  }
  const keys = FILE_KEYS[format];
  refuseUnknown(file, ["path", "format", ...keys.required, ...keys.optional], at, problems, format);
  for (const key of keys.required) {
    if (!(key in file)) problems.push(`${at}.${key} is required for format ${format}`);
  }
  for (const key of ["path", "dictionary"] as const) {
    if (key !== "path" && !(key in file)) continue;
    const name = file[key];
    if (typeof name !== "string" || name.includes("/") || name === "site.json") {
      problems.push(`${at}.${key} must be a file name in the site folder but found ${show(name)}`);
    } else if (!fileNames.includes(name)) {
      problems.push(`${at}.${key} names ${show(name)}, which is not in the site folder`);
    } else if (claimed.has(name)) {
      problems.push(`${at}.${key} claims ${show(name)} a second time`);
    } else claimed.add(name);
  }
  oneOf(file, "encoding", ENCODINGS, at, problems);
  oneOf(file, "delimiter", DELIMITERS, at, problems);
  oneOf(file, "decimalMark", DECIMAL_MARKS, at, problems);
  oneOf(file, "dateFormat", DATE_FORMATS, at, problems);
  if ("bom" in file && typeof file.bom !== "boolean") {
    problems.push(`${at}.bom must be true or false but found ${show(file.bom)}`);
  }
  if ("missing" in file) {
    const missing = file.missing;
    if (!Array.isArray(missing) || !missing.every((m) => typeof m === "string")) {
      problems.push(`${at}.missing must be a list of strings but found ${show(missing)}`);
    }
  }
  if (!Array.isArray(file.tables) || file.tables.length === 0) {
    return void problems.push(
      `${at}.tables must be a non-empty list but found ${show(file.tables)}`,
    );
  }
  const seen = new Set<string>();
  file.tables.forEach((table, i) => {
    checkTableSpec(table, format, `${at}.tables[${i}]`, problems);
    const key = isObject(table) ? JSON.stringify([table.table, table.sheet, table.where]) : "";
    if (seen.has(key)) {
      problems.push(`${at}.tables[${i}] reads the same rows into the same table twice`);
    }
    seen.add(key);
  });
}

function oneOf(
  object: Record<string, unknown>,
  key: string,
  allowed: readonly string[],
  at: string,
  problems: SpecProblem[],
): void {
  if (key in object && !allowed.includes(object[key] as string)) {
    problems.push(`${at}.${key} must be one of ${list(allowed)} but found ${show(object[key])}`);
  }
}
