/**
 * `results.md`: the Results paragraphs, Tables 1–3, the figures with their captions, the methods
 * note, and a pointer to the reproduction certificate.
 *
 * @module
 */

import type { ClaimCheck } from "./claims.ts";
import { methodsNote } from "./methods_note.ts";
import { type ResultsInput, resultsParagraphs } from "./results_text.ts";

/** A figure as the figures stage lists it in `figures/index.json`. */
export interface FigureEntry {
  file: string;
  title: string;
  caption: string;
}

/** Everything the document needs. */
export interface ResultsDocumentInput extends ResultsInput {
  tables: string[];
  figures: FigureEntry[];
  checks: ClaimCheck[];
}

/** The whole Markdown document. */
export function renderResults(input: ResultsDocumentInput): string {
  const matched = input.checks.filter((c) => c.match).length;
  const figures = input.figures.flatMap((f, i) => [
    `![${f.title}](figures/${f.file})`,
    "",
    `**Figure ${i + 1}. ${f.title}.** ${f.caption}`,
    "",
  ]);
  return [
    "# Results",
    "",
    "*Re-analysis of the World Sarcoma Network clear cell sarcoma series (ESMO Open 2022;7(3):100522)",
    "on synthetic raw data; every number below is computed from `data/raw/` by the pipeline.*",
    "",
    ...resultsParagraphs(input).flatMap((p) => [p, ""]),
    "## Tables",
    "",
    ...input.tables.flatMap((t) => [t.trimEnd(), ""]),
    "## Figures",
    "",
    ...figures,
    "## Methods note",
    "",
    methodsNote(input.plan).trimEnd(),
    "",
    "## Reproduction",
    "",
    `${matched} of ${input.checks.length} checkable claims of the abstract are reproduced at the`,
    "published precision; see `reproduction.md` for each claim.",
    "",
  ].join("\n");
}
