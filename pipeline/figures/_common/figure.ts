/**
 * What every figure function returns, and the entry of `index.json` made from it.
 *
 * @module
 */

import type { FigureEntry } from "../../_shared/contracts/figures.ts";
import type { Prose } from "../../_shared/prose/inline.ts";

/** A drawn figure: its file name, title, caption, text alternative, print width, and SVG text. */
export interface DrawnFigure {
  file: string;
  title: string;
  /** The caption, its numbers read from stats.json by id. */
  caption: Prose;
  /** A short text alternative (also the SVG's `<desc>`). */
  alt: string;
  /** The width the figure is drawn for when printed, in millimetres (`print_size.ts`). */
  widthMm: number;
  svg: string;
}

/** The figure's entry in `index.json`: everything but the SVG text, and its PNG's name. */
export function figureEntry(figure: DrawnFigure): FigureEntry {
  const { file, title, caption, alt, widthMm } = figure;
  return { file, png: pngFileName(file), title, caption, alt, widthMm };
}

/** The PNG file name beside an SVG file: `swimmer.svg` -> `swimmer.png`. */
export function pngFileName(svgFile: string): string {
  if (!svgFile.endsWith(".svg")) {
    throw new TypeError(`Expected a figure file name ending in .svg but found "${svgFile}"`);
  }
  return svgFile.slice(0, -".svg".length) + ".png";
}
