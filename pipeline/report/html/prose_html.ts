/**
 * Prose as HTML: words escaped, and each number an element that carries its origin, so that the
 * page can show where it came from. The element is focusable and announced as a button: a click,
 * Enter or Space opens the number's lineage (`page.js`).
 *
 * @module
 */

import { type NumberRef, type Prose } from "../../_shared/prose/inline.ts";
import { escapeHtml, textWithCode } from "./escape.ts";

/** The element of one printed number: its text, its id and the format that printed it. */
export function numberHtml(ref: NumberRef): string {
  const id = escapeHtml(ref.id);
  return `<span class="num" tabindex="0" role="button" aria-haspopup="dialog" data-id="${id}" ` +
    `data-format="${escapeHtml(ref.format)}" title="${id}">${escapeHtml(ref.text)}</span>`;
}

/** `p` as HTML. */
export function proseHtml(p: Prose): string {
  return p.map((part) => typeof part === "string" ? textWithCode(part) : numberHtml(part)).join(
    "",
  );
}
