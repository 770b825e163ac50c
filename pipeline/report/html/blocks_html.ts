/**
 * The report's blocks as HTML: the sibling of `document/markdown.ts`, rendering the same blocks,
 * so that the HTML report and `results.md` cannot print different words or numbers. Headings
 * become sections of the outline; tables are `<table>` with a `<caption>` and scoped header cells;
 * figures carry their image inline and their caption as prose.
 *
 * @module
 */

import { plainText } from "../../_shared/prose/inline.ts";
import type { Block, TableBlock } from "../document/blocks.ts";
import { escapeHtml } from "./escape.ts";
import type { Outline } from "./outline.ts";
import { proseHtml } from "./prose_html.ts";

/** What the renderer needs besides the blocks. */
export interface BlocksHtmlOptions {
  outline: Outline;
  /** The image of each figure, by file name (`figure_image.ts`). */
  figureImages: Readonly<Record<string, string>>;
  /** Added to each heading's level: 1 makes a document's `#` an `<h2>` under the page title. */
  headingOffset: number;
}

/** The HTML of `blocks`, one block per line. */
export function blocksHtml(blocks: readonly Block[], options: BlocksHtmlOptions): string {
  let depth = 1;
  return blocks.map((block) => {
    switch (block.kind) {
      case "heading": {
        depth = block.level;
        const level = Math.min(6, block.level + options.headingOffset);
        const id = options.outline.anchor(block.level, block.text);
        return `<h${level} id="${id}">${escapeHtml(block.text)}</h${level}>`;
      }
      case "paragraph": {
        const html = proseHtml(block.prose);
        return `<p>${block.emphasis ? `<em>${html}</em>` : html}</p>`;
      }
      case "list":
        return `<ul>${
          block.items.map((item) =>
            `<li>${item.lead === undefined ? "" : `<strong>${escapeHtml(item.lead)}</strong> `}${
              proseHtml(item.prose)
            }</li>`
          ).join("")
        }</ul>`;
      case "table":
        return tableHtml(
          block.table,
          options.outline.anchor(depth + 1, titleOf(block.table), block.table.name),
        );
      case "figure": {
        const f = block.figure;
        const title = `Figure ${block.number}. ${f.title}`;
        const id = options.outline.anchor(depth + 1, title, `figure-${block.number}`);
        const image = options.figureImages[f.file];
        if (image === undefined) {
          throw new RangeError(`Expected the image of figure ${f.file} but found none`);
        }
        return `<figure class="figure" id="${id}"><div class="figure-image">${image}</div>` +
          `<figcaption><strong>${escapeHtml(title)}.</strong> ${proseHtml(f.caption)}` +
          `</figcaption></figure>`;
      }
    }
  }).join("\n");
}

function titleOf(table: TableBlock): string {
  return table.title.replace(/\.$/, "");
}

/** A table with its caption, column and row headers, and notes below. */
export function tableHtml(table: TableBlock, id: string): string {
  const header = table.header.map((cell) => `<th scope="col">${proseHtml(cell)}</th>`).join("");
  const rows = table.rows.map((row) => {
    const [first = [], ...rest] = row;
    const indented = plainText(first).startsWith("  ");
    const label = indented ? [...first] : first;
    if (indented && typeof label[0] === "string") label[0] = label[0].replace(/^ {2}/, "");
    const th = `<th scope="row"${indented ? ' class="sub"' : ""}>${proseHtml(label)}</th>`;
    return `<tr>${th}${rest.map((cell) => `<td>${proseHtml(cell)}</td>`).join("")}</tr>`;
  }).join("\n");
  const notes = table.notes.length === 0
    ? ""
    : `<div class="table-notes">${table.notes.map((n) => `<p>${proseHtml(n)}</p>`).join("")}</div>`;
  return `<div class="table-block" id="${id}"><table><caption>${
    escapeHtml(table.title)
  }</caption>\n<thead><tr>${header}</tr></thead>\n<tbody>\n${rows}\n</tbody></table>${notes}</div>`;
}
