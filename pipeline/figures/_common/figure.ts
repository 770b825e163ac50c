/**
 * What every figure function returns, and the options from the analysis plan they share.
 *
 * @module
 */

import type { BandMethod } from "../../lib/survival/median_band.ts";

/** A drawn figure: its file name, title and caption (for `index.json`) and its SVG text. */
export interface DrawnFigure {
  file: string;
  title: string;
  caption: string;
  svg: string;
}

/** Options of the survival figures, from the analysis plan. */
export interface SurvivalFigureOptions {
  daysPerMonth: number;
  /** Confidence level of bands and intervals (0.95). */
  level: number;
  /** The median CI shown in captions: the plan's headline method. */
  headlineCi: "spss" | BandMethod;
}

/** A number with `digits` decimals, or "NE" (not estimable) for null. */
export function fixed(value: number | null, digits: number): string {
  return value === null ? "NE" : value.toFixed(digits);
}

/** The confidence level as a percentage for captions: 0.95 -> "95%". */
export function percentLevel(level: number): string {
  return `${Number((level * 100).toFixed(1))}%`;
}
