/**
 * The report as blocks (headings, paragraphs, lists, tables, figures) whose text is prose with
 * traceable numbers. One document model, rendered as Markdown (`markdown.ts`) and indexed number
 * by number (`number_index.ts`), so that every output shows the same words and numbers.
 *
 * @module
 */

import type { FigureEntry } from "../../_shared/contracts/figures.ts";
import type { Prose } from "../../_shared/prose/inline.ts";

/** A table: a title, a header, rows of prose cells, and footnotes. */
export interface TableBlock {
  /** File name without extension, e.g. `table1-baseline`. */
  name: string;
  title: string;
  header: Prose[];
  /** Cells; a first cell starting with two spaces is an indented sub-row. */
  rows: Prose[][];
  notes: Prose[];
}

/** An item of a list: an optional lead in bold, then prose. */
export interface ListItem {
  lead?: string;
  prose: Prose;
}

/** One block of a document. */
export type Block =
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "paragraph"; prose: Prose; emphasis?: boolean }
  | { kind: "list"; items: ListItem[] }
  | { kind: "table"; table: TableBlock }
  | { kind: "figure"; number: number; figure: FigureEntry };
