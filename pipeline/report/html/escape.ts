/**
 * Text into HTML: every generated page goes through these two functions, so that a value from a
 * site export (a free-text regimen, a warning's message) can never become markup.
 *
 * @module
 */

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * `text` with `&`, `<`, `>` and both quotes escaped: safe in element content and in a quoted
 * attribute.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { escapeHtml } from "./escape.ts";
 * assert.equal(escapeHtml('<b title="x">'), "&lt;b title=&quot;x&quot;&gt;");
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * Escaped text whose spans in backticks (the Markdown outputs' file names and codes) become
 * `<code>`; an unpaired backtick stays as it is.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { textWithCode } from "./escape.ts";
 * assert.equal(textWithCode("see `a<b`"), "see <code>a&lt;b</code>");
 * ```
 */
export function textWithCode(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, "<code>$1</code>");
}
