/**
 * The regimen classes (`data/vocabulary/regimen-classes.csv`, columns
 * `regimen,regimen_label,regimen_class,class_label`): each normalised regimen's class, kept as data.
 *
 * @module
 */

import { csvParseRows } from "d3-dsv";

/** A regimen's labels and class. */
export interface RegimenClass {
  regimen_label: string;
  regimen_class: string;
  class_label: string;
}

/** The file the classes are read from, relative to the project root. */
export const REGIMEN_CLASSES_FILE = "data/vocabulary/regimen-classes.csv";
const HEADER = "regimen,regimen_label,regimen_class,class_label";

/** Parses the classes' CSV text; throws a RangeError naming what is wrong. */
export function parseRegimenClasses(text: string): ReadonlyMap<string, RegimenClass> {
  const [header, ...rows] = csvParseRows(text.replace(/^\uFEFF/, ""));
  if (header?.join(",") !== HEADER) {
    throw new RangeError(
      `${REGIMEN_CLASSES_FILE} must start with the header "${HEADER}" but found "${
        header?.join(",")
      }"`,
    );
  }
  const classes = new Map<string, RegimenClass>();
  rows.forEach((row, i) => {
    if (row.every((cell) => cell.trim() === "")) return;
    const [regimen = "", regimen_label = "", regimen_class = "", class_label = ""] = row.map((c) =>
      c.trim()
    );
    if (row.length !== 4 || [regimen, regimen_label, regimen_class, class_label].includes("")) {
      throw new RangeError(
        `${REGIMEN_CLASSES_FILE} row ${i + 2} must fill all four columns but found "${
          row.join(",")
        }"`,
      );
    }
    if (classes.has(regimen)) {
      throw new RangeError(`${REGIMEN_CLASSES_FILE} row ${i + 2} lists "${regimen}" a second time`);
    }
    classes.set(regimen, { regimen_label, regimen_class, class_label });
  });
  return classes;
}

/** Display labels of regimens and of regimen classes. */
export interface RegimenLabels {
  regimen: Record<string, string>;
  regimenClass: Record<string, string>;
}

/** The labels of every regimen and class in `classes`. */
export function regimenLabels(classes: ReadonlyMap<string, RegimenClass>): RegimenLabels {
  const entries = [...classes.entries()];
  return {
    regimen: Object.fromEntries(entries.map(([regimen, c]) => [regimen, c.regimen_label])),
    regimenClass: Object.fromEntries(entries.map(([, c]) => [c.regimen_class, c.class_label])),
  };
}

/** Reads and parses the committed regimen classes into labels. */
export async function readRegimenLabels(): Promise<RegimenLabels> {
  return regimenLabels(parseRegimenClasses(await Deno.readTextFile(REGIMEN_CLASSES_FILE)));
}
