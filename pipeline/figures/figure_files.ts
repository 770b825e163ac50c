/**
 * What the figures stage writes for each drawn figure: the SVG for screens and vector workflows,
 * a PNG of the same figure for journals that ask for raster files, and the figure's entry in
 * `index.json`. The PNG is rendered from the SVG bytes that are written, so the two cannot drift.
 *
 * @module
 */

import type { DrawnFigure } from "./_common/figure.ts";
import { renderPng } from "./_common/png.ts";

/** Resolution of the PNG figures: the minimum most journals ask for line art with text. */
export const PNG_DPI = 300;

/** A figure's entry in `index.json`: its files, title and caption. */
export interface FigureIndexEntry {
  /** The SVG file, relative to the figures folder. */
  file: string;
  /** The PNG file beside it, at {@linkcode PNG_DPI} dpi. */
  png: string;
  title: string;
  caption: string;
}

/** The PNG file name beside an SVG file: `swimmer.svg` -> `swimmer.png`. */
export function pngFileName(svgFile: string): string {
  if (!svgFile.endsWith(".svg")) {
    throw new TypeError(`Expected a figure file name ending in .svg but found "${svgFile}"`);
  }
  return svgFile.slice(0, -".svg".length) + ".png";
}

/** The figure's entry in `index.json`. */
export function indexEntry(figure: DrawnFigure): FigureIndexEntry {
  const { file, title, caption } = figure;
  return { file, png: pngFileName(file), title, caption };
}

/** The files of one figure, by name relative to the figures folder: its SVG and its PNG. */
export function figureFiles(figure: DrawnFigure): { name: string; data: string | Uint8Array }[] {
  return [
    { name: figure.file, data: figure.svg },
    { name: pngFileName(figure.file), data: renderPng(figure.svg, { dpi: PNG_DPI }) },
  ];
}
