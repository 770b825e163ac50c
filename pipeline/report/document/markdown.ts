/**
 * Markdown text of a document or a table: numbers printed as their text, tables as pipe tables
 * with the title above in bold and the notes below in italics.
 *
 * @module
 */

import { plainText } from "../../_shared/prose/inline.ts";
import type { Block, TableBlock } from "./blocks.ts";

/** The Markdown text of `blocks`, ending in one newline. */
export function renderMarkdown(blocks: readonly Block[]): string {
  return blocks.map(blockMarkdown).join("\n\n") + "\n";
}

function blockMarkdown(block: Block): string {
  switch (block.kind) {
    case "heading":
      return `${"#".repeat(block.level)} ${block.text}`;
    case "paragraph": {
      const text = plainText(block.prose);
      return block.emphasis ? `*${text}*` : text;
    }
    case "list":
      return block.items.map((item) =>
        `- ${item.lead === undefined ? "" : `**${item.lead}** `}${plainText(item.prose)}`
      ).join("\n");
    case "table":
      return tableMarkdown(block.table).trimEnd();
    case "figure": {
      const f = block.figure;
      return `![${f.alt}](figures/${f.file})\n\n` +
        `**Figure ${block.number}. ${f.title}.** ${plainText(f.caption)}`;
    }
  }
}

/** Markdown text of a table, with its title and notes. */
export function tableMarkdown(table: TableBlock): string {
  const escape = (cell: string) => cell.replaceAll("|", "\\|").replace(/^ {2}/, "&emsp;");
  const lines = [
    `**${table.title}**`,
    "",
    `| ${table.header.map(plainText).join(" | ")} |`,
    `| ${table.header.map((_, i) => i === 0 ? "---" : "---:").join(" | ")} |`,
    ...table.rows.map((row) => `| ${row.map((cell) => escape(plainText(cell))).join(" | ")} |`),
    "",
    ...table.notes.map((n) => `*${plainText(n)}*`),
  ];
  return lines.join("\n") + "\n";
}
