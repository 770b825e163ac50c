/**
 * `results.md` as blocks: the Results paragraphs, Tables 1–5, the figures with their captions,
 * the methods note, and a pointer to the reproduction certificate.
 *
 * @module
 */

import type { FigureEntry } from "../_shared/contracts/figures.ts";
import type { RegimenLabels } from "../_shared/regimen_classes.ts";
import { type Prose, prose } from "../_shared/prose/inline.ts";
import type { NumberSource } from "../_shared/prose/numbers.ts";
import type { ClaimCheck } from "./claims.ts";
import type { Block, TableBlock } from "./document/blocks.ts";
import { methodsNote } from "./methods_note.ts";
import { resultsParagraphs } from "./results_text.ts";

/** Everything the document needs. */
export interface ResultsDocumentInput {
  numbers: NumberSource;
  labels: RegimenLabels;
  tables: TableBlock[];
  supplementary: TableBlock[];
  figures: FigureEntry[];
  checks: ClaimCheck[];
  software: Prose;
}

/** The Results document. */
export function resultsDocument(input: ResultsDocumentInput): Block[] {
  const matched = input.checks.filter((c) => c.match).length;
  return [
    { kind: "heading", level: 1, text: "Results" },
    {
      kind: "paragraph",
      emphasis: true,
      prose: [
        "Re-analysis of the World Sarcoma Network clear cell sarcoma series (ESMO Open " +
        "2022;7(3):100522) on synthetic raw data; every number below is computed from the raw " +
        "site exports by the pipeline.",
      ],
    },
    ...resultsParagraphs(input.numbers, input.labels, input.figures.map((f) => f.file)).map((
      p,
    ): Block => ({
      kind: "paragraph",
      prose: p,
    })),
    { kind: "heading", level: 2, text: "Tables" },
    ...input.tables.map((table): Block => ({ kind: "table", table })),
    { kind: "heading", level: 2, text: "Supplementary tables" },
    ...input.supplementary.map((table): Block => ({ kind: "table", table })),
    { kind: "heading", level: 2, text: "Figures" },
    ...input.figures.map((figure, i): Block => ({ kind: "figure", number: i + 1, figure })),
    { kind: "heading", level: 2, text: "Methods note" },
    {
      kind: "list",
      items: [...methodsNote(input.numbers), { lead: "Software.", prose: input.software }],
    },
    { kind: "heading", level: 2, text: "Reproduction" },
    {
      kind: "paragraph",
      prose: prose`${String(matched)} of ${
        String(input.checks.length)
      } checkable claims of the abstract are reproduced at the published precision; see \`reproduction.md\` for each claim.`,
    },
  ];
}
