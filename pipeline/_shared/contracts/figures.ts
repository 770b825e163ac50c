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
  /** The same figure as a 300 dpi PNG in `figures/`, for journals that ask for raster files. */
  png: string;
  /** The figure's title: printed with its caption, never inside the artwork. */
  title: string;
  caption: Prose;
  /** A text alternative for readers who cannot see the figure. */
  alt: string;
  /**
   * The print width the figure is drawn for, in millimetres: 85 (a single column) or 175 (a
   * double column). Its text prints at 7 pt or more at this width.
   */
  widthMm: number;
}
