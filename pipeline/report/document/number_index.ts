/**
 * The index of printed numbers (`outputs/number-index.json`): every number of the results, the
 * tables and the figure captions with the id it was read from, where it is printed, and the
 * sentence or cell around it. An auditor goes from a sentence to an id here, and from the id to
 * the data with `deno task why`; a test re-derives every text from its id.
 *
 * @module
 */

import type { IndexedNumber } from "../../_shared/contracts/number_index.ts";
import { numbersOf, plainText, type Prose } from "../../_shared/prose/inline.ts";
import type { Block } from "./blocks.ts";

export type { IndexedNumber };

/** Every number printed by `blocks` in `file`, in reading order. */
export function indexNumbers(file: string, blocks: readonly Block[]): IndexedNumber[] {
  const out: IndexedNumber[] = [];
  const add = (where: string, p: Prose) => {
    const context = plainText(p);
    for (const ref of numbersOf(p)) out.push({ ...ref, file, where, context });
  };
  let section = "";
  let paragraph = 0;
  for (const block of blocks) {
    switch (block.kind) {
      case "heading":
        section = block.text;
        paragraph = 0;
        break;
      case "paragraph":
        add(`${section}, paragraph ${++paragraph}`, block.prose);
        break;
      case "list":
        block.items.forEach((item, i) => add(`${section}, item ${i + 1}`, item.prose));
        break;
      case "table": {
        const t = block.table;
        const column = (c: number) => plainText(t.header[c] ?? []);
        t.header.forEach((cell, c) => add(`${t.title} | header | ${column(c)}`, cell));
        t.rows.forEach((row) => {
          const label = plainText(row[0] ?? []).trim();
          row.forEach((cell, c) => add(`${t.title} | ${label} | ${column(c)}`, cell));
        });
        t.notes.forEach((note, i) => add(`${t.title} | note ${i + 1}`, note));
        break;
      }
      case "figure":
        add(`Figure ${block.number}. ${block.figure.title} | caption`, block.figure.caption);
        break;
    }
  }
  return out;
}
