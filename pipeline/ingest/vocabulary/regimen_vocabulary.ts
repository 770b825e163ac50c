/**
 * The regimen vocabulary (`data/vocabulary/regimens.csv`, columns `text,regimen`): each free text a
 * site writes, mapped to a normalised regimen. Texts match case-insensitively after trimming and
 * collapsing white space; anything else (a new spelling) is an issue that names the text, so the
 * mapping grows as data, never as code.
 *
 * @module
 */

import { csvParseRows } from "d3-dsv";
import { REGIMENS_FILE } from "../spec.ts";

export { REGIMENS_FILE };

/** Normalised text -> regimen. */
export type RegimenVocabulary = ReadonlyMap<string, string>;

/** The form in which a text is looked up. */
export function regimenKey(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

/** Parses the vocabulary's CSV text; throws a RangeError naming what is wrong. */
export function parseRegimenVocabulary(text: string): RegimenVocabulary {
  const [header, ...rows] = csvParseRows(text.replace(/^\uFEFF/, ""));
  if (header?.join(",") !== "text,regimen") {
    throw new RangeError(
      `${REGIMENS_FILE} must start with the header "text,regimen" but found "${header?.join(",")}"`,
    );
  }
  const vocabulary = new Map<string, string>();
  rows.forEach((row, i) => {
    const [text = "", regimen = ""] = row.map((cell) => cell.trim());
    if (text === "" && regimen === "") return;
    const line = `${REGIMENS_FILE} row ${i + 2}`;
    if (row.length !== 2 || text === "" || regimen === "") {
      throw new RangeError(`${line} must hold a text and a regimen but found "${row.join(",")}"`);
    }
    const earlier = vocabulary.get(regimenKey(text));
    if (earlier !== undefined && earlier !== regimen) {
      throw new RangeError(
        `${line} maps "${text}" to "${regimen}", but an earlier row maps it to "${earlier}"`,
      );
    }
    vocabulary.set(regimenKey(text), regimen);
  });
  return vocabulary;
}
