/**
 * Where a character of a delimited file is, as a person looks it up: the row (its line, as a text
 * editor numbers it), the column (by the header's name) and the field's text. Used for problems
 * found before the file could be parsed (an encoding problem, an unbalanced quote), so that they
 * are reported with the same location fields as a bad value.
 *
 * Fields are split at every delimiter of the line, ignoring quotes: exact for the exports seen,
 * and a close enough pointer otherwise.
 *
 * @module
 */

import { dsvFormat } from "d3-dsv";

/** A location in a delimited file. */
export interface TextLocation {
  row: string;
  column: string;
  value: string;
}

const BREAK = /\r\n|\r|\n/;

/** The location of the character at `index` of `text`. */
export function locateCharacter(
  text: string,
  index: number,
  delimiter: string,
  headerRow: number,
): TextLocation {
  const before = text.slice(0, index).split(BREAK);
  const line = before.length;
  const lineStart = index - (before.at(-1)?.length ?? 0);
  const field = (before.at(-1) ?? "").split(delimiter).length - 1;
  return locateField(text, line, field, delimiter, headerRow, lineStart);
}

/** The location of field `field` (0-based) of line `line` (1-based) of `text`. */
export function locateField(
  text: string,
  line: number,
  field: number,
  delimiter: string,
  headerRow: number,
  lineStart?: number,
): TextLocation {
  const lines = text.split(BREAK);
  const lineText = lineStart === undefined
    ? (lines[line - 1] ?? "")
    : text.slice(lineStart).split(BREAK)[0] ?? "";
  const value = (lineText.split(delimiter)[field] ?? "").trim().slice(0, 40);
  // On the header row itself, the field is the column's own name.
  const header = line >= headerRow
    ? dsvFormat(delimiter).parseRows(lines[headerRow - 1] ?? "")[0]?.map((name) => name.trim())
    : undefined;
  const name = header?.[field];
  return {
    row: `row ${line}`,
    column: name === undefined || name === "" ? `field ${field + 1}` : `"${name}"`,
    value,
  };
}
