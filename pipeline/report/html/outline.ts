/**
 * The outline of the HTML report: every heading, table and figure gets an anchor, unique in the
 * page, and an entry in the table of contents, in reading order.
 *
 * @module
 */

import { escapeHtml } from "./escape.ts";

/** One entry of the table of contents: depth 1 is a part of the report. */
export interface OutlineEntry {
  depth: number;
  id: string;
  text: string;
}

/** Anchors handed out so far, and the entries they make. */
export interface Outline {
  entries: OutlineEntry[];
  /** A new anchor for `text` at `depth` (from `preferred` or the text), recorded as an entry. */
  anchor(depth: number, text: string, preferred?: string): string;
}

/** "Tables 1–3 (months)" -> "tables-1-3-months". */
export function slug(text: string): string {
  const base = text.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return base === "" ? "section" : base;
}

/** An empty outline. */
export function createOutline(): Outline {
  const used = new Set<string>();
  const entries: OutlineEntry[] = [];
  return {
    entries,
    anchor(depth, text, preferred) {
      const base = slug(preferred ?? text);
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      entries.push({ depth, id, text });
      return id;
    },
  };
}

/** The table of contents as nested ordered lists (a skipped depth gets an empty item). */
export function tocHtml(entries: readonly OutlineEntry[]): string {
  if (entries.length === 0) return "";
  const out: string[] = [];
  let depth = 0;
  for (const entry of entries) {
    if (entry.depth > depth) {
      while (depth < entry.depth) {
        out.push("<ol>");
        depth++;
        if (depth < entry.depth) out.push("<li>");
      }
    } else {
      out.push("</li>");
      for (; depth > entry.depth; depth--) out.push("</ol></li>");
    }
    out.push(`<li><a href="#${escapeHtml(entry.id)}">${escapeHtml(entry.text)}</a>`);
  }
  out.push("</li>");
  for (; depth > 1; depth--) out.push("</ol></li>");
  out.push("</ol>");
  return out.join("");
}
