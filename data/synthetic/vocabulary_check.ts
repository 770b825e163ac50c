/**
 * Checks that every regimen text the exports contain is in the regimen vocabulary
 * (`data/vocabulary/regimens.csv`) and maps to the regimen the generator meant, and that every
 * normalised regimen has a class (`regimen-classes.csv`). The generator refuses to write exports
 * that the pipeline could not normalise.
 *
 * @module
 */

import { csvParseRows } from "d3-dsv";
import type { SiteRecord } from "./model.ts";
import { normaliseText } from "./regimens.ts";

/** Problems found, one sentence each (empty when the vocabulary covers the records). */
export function vocabularyProblems(
  cohort: { readonly records: readonly SiteRecord[] },
  regimensCsv: string,
  classesCsv: string,
): string[] {
  const vocabulary = new Map(
    csvParseRows(regimensCsv).slice(1).map((
      [text = "", regimen = ""],
    ) => [normaliseText(text), regimen.trim()]),
  );
  const classes = new Set(
    csvParseRows(classesCsv).slice(1).map(([regimen = ""]) => regimen.trim()),
  );
  const problems = new Set<string>();
  // A site writes a few dozen distinct texts over and over: normalise each once.
  const lookups = new Map<string, string | undefined>();
  for (const record of cohort.records) {
    for (const { regimenText, line } of record.lines) {
      if (!lookups.has(regimenText)) {
        lookups.set(regimenText, vocabulary.get(normaliseText(regimenText)));
      }
      const mapped = lookups.get(regimenText);
      if (mapped !== line.regimen) {
        problems.add(
          `"${regimenText}" should map to ${line.regimen} but the vocabulary gives ${
            mapped ?? "nothing"
          }`,
        );
      }
      if (!classes.has(line.regimen)) problems.add(`regimen ${line.regimen} has no class`);
    }
  }
  return [...problems].sort();
}
