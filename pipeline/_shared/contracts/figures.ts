/**
 * `outputs/figures/index.json`: the figures in order, as the figures stage drew them and the
 * report stage places them. Captions are prose whose numbers carry their `stats.json` ids.
 *
 * @module
 */

import type { Prose } from "../prose/inline.ts";

/** One figure. */
export interface FigureEntry {
  /** The SVG file in `figures/`. */
  file: string;
  title: string;
  caption: Prose;
  /** A text alternative for readers who cannot see the figure. */
  alt: string;
}
