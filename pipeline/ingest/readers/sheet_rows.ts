/**
 * The rows of one sheet part, read as the part inflates: each `row` element's cells by column
 * letter, in row-number order. Rows and cells are located by their `r` references (`D7`), as Excel
 * numbers them; a row or cell without one follows the previous. Cell types: shared string (`s`),
 * inline string, formula string (`str`), boolean, error and ISO date text become text; number
 * cells (no type, or `n`) stay numbers, so a date stored as a serial day number reaches the date
 * parser as a number.
 *
 * Excel writes rows in order, and then each row is handed on as soon as it closes. A sheet whose
 * row numbers do not rise (a row out of order, or the same number twice: the later row wins) is
 * read again, whole, and its rows handed on sorted, as the whole-document reader did.
 *
 * @module
 */

import type { Cell } from "./raw_table.ts";
import { MAIN_NS, readPart, richTextReader, type WorkbookDirectory } from "./xlsx_package.ts";
import { attribute, type Attributes, type XmlHandler } from "./xml_stream.ts";

const REFERENCE = /^([A-Z]{1,3})(\d+)$/;

/** Receives each row: its number and its cells (column letter -> value). */
export type SheetRowVisitor = (number: number, cells: Map<string, Cell>) => void;

/** Row numbers that do not rise: the sheet must be read whole and sorted. */
class RowsOutOfOrder extends Error {}

/**
 * Reads the sheet part `part` of `directory`, calling `visit` with each row in number order. When
 * the rows turn out not to be in order, `restart` is called (the rows visited so far are void)
 * and every row is visited again, sorted.
 */
export function readSheetRows(
  directory: WorkbookDirectory,
  part: string,
  shared: readonly string[],
  visit: SheetRowVisitor,
  restart: () => void,
): void {
  let last = -Infinity;
  try {
    readPart(
      directory,
      part,
      sheetHandler(shared, (number, cells) => {
        if (!(number > last)) throw new RowsOutOfOrder();
        last = number;
        visit(number, cells);
      }),
    );
    return;
  } catch (error) {
    if (!(error instanceof RowsOutOfOrder)) throw error;
  }
  restart();
  // As a document's rows were read before: by number, a later row replacing an earlier one.
  const grid = new Map<number, Map<string, Cell>>();
  readPart(directory, part, sheetHandler(shared, (number, cells) => grid.set(number, cells)));
  for (const [number, cells] of [...grid].sort((a, b) => a[0] - b[0])) visit(number, cells);
}

/** An XML handler turning a sheet's events into rows. */
function sheetHandler(shared: readonly string[], emit: SheetRowVisitor): XmlHandler {
  let depth = 0;
  let rowDepth = -1;
  let rowNumber = 0;
  let cells = new Map<string, Cell>();
  let column = 0;
  // The cell being read: its type, its first `v`'s text and its first `is`'s rich text.
  let cellDepth = -1;
  let type = "n";
  let value: string | undefined;
  let valueDepth = -1;
  let valueDone = false;
  let inlineDepth = -1;
  let inlineDone = false;
  const inline = richTextReader();
  return {
    open(uri: string, local: string, attributes: Attributes) {
      depth++;
      const main = uri === MAIN_NS;
      if (inlineDepth >= 0) inline.open(uri, local);
      if (main && local === "row" && rowDepth < 0) {
        rowDepth = depth;
        rowNumber = Number(attribute(attributes, "r") ?? rowNumber + 1);
        cells = new Map();
        column = 0;
      } else if (main && local === "c" && rowDepth >= 0 && cellDepth < 0) {
        cellDepth = depth;
        const match = REFERENCE.exec(attribute(attributes, "r") ?? "");
        column = match ? columnNumber(match[1] ?? "") : column + 1;
        type = attribute(attributes, "t") ?? "n";
        value = undefined;
        valueDepth = -1;
        valueDone = false;
        inlineDepth = -1;
        inlineDone = false;
      } else if (main && cellDepth >= 0) {
        if (local === "v" && valueDepth < 0 && !valueDone) {
          valueDepth = depth;
          value = "";
        } else if (local === "is" && inlineDepth < 0 && !inlineDone) {
          inlineDepth = depth;
          inline.reset();
        }
      }
    },
    close() {
      if (depth === inlineDepth) {
        inlineDepth = -1;
        inlineDone = true;
      } else if (inlineDepth >= 0) inline.close();
      if (depth === valueDepth) {
        valueDepth = -1;
        valueDone = true;
      }
      if (depth === cellDepth) {
        cellDepth = -1;
        const cell = cellValue(type, value, inlineDone ? inline.value() : undefined, shared);
        if (cell !== undefined) cells.set(columnLetter(column), cell);
      }
      if (depth === rowDepth) {
        rowDepth = -1;
        emit(rowNumber, cells);
      }
      depth--;
    },
    text(text: string) {
      if (valueDepth >= 0) value += text;
      if (inlineDepth >= 0) inline.text(text);
    },
  };
}

function cellValue(
  type: string,
  value: string | undefined,
  inline: string | undefined,
  shared: readonly string[],
): Cell | undefined {
  if (type === "inlineStr") return inline;
  if (value === undefined) return undefined;
  if (type === "s") return shared[Number(value)] ?? "";
  if (type === "n") return value.trim() === "" ? "" : Number(value);
  return value; // str, b, e, d: as text
}

function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64;
  return n;
}

const letters: string[] = [];

/** The letters of column `number` (1: A, 27: AA), kept once made. */
export function columnLetter(number: number): string {
  const known = letters[number];
  if (known !== undefined) return known;
  let text = "";
  for (let n = number; n > 0; n = Math.floor((n - 1) / 26)) {
    text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  }
  if (number >= 0 && number < 20_000) letters[number] = text;
  return text;
}
