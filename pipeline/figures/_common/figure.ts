/**
 * What every figure function returns.
 *
 * @module
 */

import type { Prose } from "../../_shared/prose/inline.ts";

/** A drawn figure: its file name, title, caption and text alternative, and its SVG text. */
export interface DrawnFigure {
  file: string;
  title: string;
  /** The caption, its numbers read from stats.json by id. */
  caption: Prose;
  /** A short text alternative (also the SVG's `<desc>`). */
  alt: string;
  svg: string;
}
