/**
 * Normalises each line's regimen text through the vocabulary; a text the vocabulary does not know
 * is an issue that names it, so that a person adds one row to the vocabulary file.
 *
 * @module
 */

import type { Issue } from "../validation/issues.ts";
import { recordIssue } from "../validation/record_issue.ts";
import { regimenKey, REGIMENS_FILE, type RegimenVocabulary } from "./regimen_vocabulary.ts";
import type { SourceRecord } from "../values/source_records.ts";

/** The normalised regimen of each line record, and an issue for each unmapped text. */
export function regimenIssues(
  lines: readonly SourceRecord[],
  vocabulary: RegimenVocabulary,
): { regimenOf: Map<SourceRecord, string>; issues: Issue[] } {
  const regimenOf = new Map<SourceRecord, string>();
  const issues: Issue[] = [];
  for (const line of lines) {
    const text = String(line.values.regimen);
    const regimen = vocabulary.get(regimenKey(text));
    if (regimen !== undefined) regimenOf.set(line, regimen);
    else {
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
