/**
 * The print size of a figure. A journal prints a figure at one of two widths: a single column
 * (85 mm) or the full page width of a double column (175 mm). Every figure is drawn at one drawing
 * scale, 680 px for 175 mm (3.886 px per mm), so that its pixel width follows from its print width
 * and text of `FONT_SIZE` (12 px) prints at the same size in every figure: 12 px × 175 mm / 680 px
 * = 3.09 mm = 8.8 pt. A figure drawn 680 px wide but printed in a single column would shrink that
 * to 4.2 pt, below the 6–7 pt most journals ask for; drawn at 330 px for its 85 mm it stays 8.8 pt.
 * The smallest text a figure may hold is `MIN_PRINTED_PT` (7 pt, 9.6 px at this scale).
 *
 * The print width goes into `index.json` (`widthMm`) so the report and the PNG export can size the
 * figure; the SVG itself keeps pixel units.
 *
 * @module
 */

/** Print widths of a journal page, in millimetres. */
export const COLUMN_WIDTHS_MM = { single: 85, double: 175 } as const;

/** Pixels (CSS px of the drawing) per millimetre of print. */
export const PX_PER_MM = 680 / 175;

/** The smallest printed text size any figure may hold, in points. */
export const MIN_PRINTED_PT = 7;

const MM_PER_PT = 25.4 / 72;

/** A figure's print width and the pixel width it is drawn at. */
export interface PrintSize {
  /** The column the figure is printed in. */
  column: keyof typeof COLUMN_WIDTHS_MM;
  /** Print width in millimetres (`index.json`'s `widthMm`). */
  widthMm: number;
  /** Drawing width in pixels: `widthMm` × `PX_PER_MM`, rounded. */
  width: number;
}

/**
 * The print size of a figure printed in `column`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { printSize } from "./print_size.ts";
 * assert.deepEqual(printSize("single"), { column: "single", widthMm: 85, width: 330 });
 * ```
 */
export function printSize(column: keyof typeof COLUMN_WIDTHS_MM): PrintSize {
  const widthMm = COLUMN_WIDTHS_MM[column];
  if (widthMm === undefined) {
    throw new RangeError(`Expected a column "single" or "double" but found "${column}"`);
  }
  return { column, widthMm, width: Math.round(widthMm * PX_PER_MM) };
}

/** The printed size, in points, of text `fontPx` pixels high in a figure of `size`. */
export function printedPoints(fontPx: number, size: Pick<PrintSize, "width" | "widthMm">): number {
  return fontPx * (size.widthMm / size.width) / MM_PER_PT;
}
