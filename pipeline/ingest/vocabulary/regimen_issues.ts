/**
 * Normalises each line's regimen text through the vocabulary; a text the vocabulary does not know
 * is an issue that names it, so that a person adds one row to the vocabulary file. A regimen the
 * vocabulary knows but the regimen classes do not is an issue too, found here rather than when
 * harmonise needs the class (by then, ingest's tables would have been rewritten).
 *
 * @module
 */

import { REGIMEN_CLASSES_FILE, type RegimenClass } from "../../_shared/regimen_classes.ts";
import type { Issue } from "../validation/issues.ts";
import { recordIssue } from "../validation/record_issue.ts";
import { regimenKey, REGIMENS_FILE, type RegimenVocabulary } from "./regimen_vocabulary.ts";
import type { SourceRecord } from "../values/source_records.ts";

/**
 * The normalised regimen of each line record, and an issue for each unmapped text and each regimen
 * without a class (`classes` undefined: not checked, since the classes file has its own issue).
 */
export function regimenIssues(
  lines: readonly SourceRecord[],
  vocabulary: RegimenVocabulary,
  classes?: ReadonlyMap<string, RegimenClass>,
): { regimenOf: Map<SourceRecord, string>; issues: Issue[] } {
  const regimenOf = new Map<SourceRecord, string>();
  const issues: Issue[] = [];
  for (const line of lines) {
    const text = String(line.values.regimen);
    const regimen = vocabulary.get(regimenKey(text));
    if (regimen !== undefined) {
      regimenOf.set(line, regimen);
      if (classes !== undefined && !classes.has(regimen)) {
        issues.push(recordIssue(
          line,
          "regimen",
          "regimen-without-class",
          `a regimen with a class: "${text}" is regimen "${regimen}" in ${REGIMENS_FILE}, ` +
            `which ${REGIMEN_CLASSES_FILE} does not list`,
          `add a row for "${regimen}" (its labels and class) to ${REGIMEN_CLASSES_FILE}`,
        ));
      }
    } else {
      issues.push(recordIssue(
        line,
        "regimen",
        "unmapped-regimen",
        `a regimen text listed in ${REGIMENS_FILE} (matched ignoring case and spacing)`,
        `add the row "${text.replaceAll('"', '""')},<regimen>" to ${REGIMENS_FILE}`,
      ));
    }
  }
  return { regimenOf, issues };
}
