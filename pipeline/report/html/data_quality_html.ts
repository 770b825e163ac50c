/**
 * The data-quality report as a part of the HTML report, from the same parts as
 * `data-quality.md`: the reconciliation of every raw row, the exclusions and the warnings. Each
 * table takes its caption from the heading above it.
 *
 * @module
 */

import type { QualityPart, QualityTable } from "../data_quality.ts";
import { escapeHtml, textWithCode } from "./escape.ts";
import type { Outline } from "./outline.ts";

/** The parts under the part heading (the parts' own level-1 title is left to the page). */
export function dataQualityHtml(parts: readonly QualityPart[], outline: Outline): string {
  let caption = "";
  const out: string[] = [];
  for (const part of parts) {
    switch (part.kind) {
      case "heading":
        caption = part.text;
        if (part.level > 1) {
          const id = outline.anchor(2, part.text, `data-quality-${part.text}`);
          out.push(`<h3 id="${id}">${escapeHtml(part.text)}</h3>`);
        }
        break;
      case "text":
        out.push(`<p>${textWithCode(part.text)}</p>`);
        break;
      case "table":
        out.push(qualityTableHtml(part.table, caption));
        break;
    }
  }
  return out.join("\n");
}

/** A table whose first column heads its rows; left-aligned columns get class `l`. */
function qualityTableHtml(table: QualityTable, caption: string): string {
  const cls = (i: number) => table.align[i] === "r" ? "" : ' class="l"';
  const header = table.header.map((h, i) => `<th scope="col"${cls(i)}>${escapeHtml(h)}</th>`);
  const rows = table.rows.map((row) =>
    `<tr>${
      row.map((value, i) => {
        const text = escapeHtml(String(value));
        return i === 0 ? `<th scope="row">${text}</th>` : `<td${cls(i)}>${text}</td>`;
      }).join("")
    }</tr>`
  );
  return `<div class="table-block"><table><caption>${escapeHtml(caption)}</caption>\n` +
    `<thead><tr>${header.join("")}</tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody>` +
    "</table></div>";
}
