/**
 * The marks of a Kaplan–Meier curve that the statistics stage fitted (`survival-curves.json`):
 * the step curve from S(0) = 1 to the last follow-up time, a "+" at each censoring, optionally
 * the pointwise confidence band drawn as a step area, and a median's drop lines.
 *
 * @module
 */

import * as Plot from "@observablehq/plot";
import type { SurvivalCurve } from "../../_shared/contracts/curves.ts";
import { NEUTRAL } from "../_common/palette.ts";

/** The step curve and censor marks of `curve` in `colour`. */
export function curveMarks(
  curve: SurvivalCurve,
  colour: string,
  label: string,
  options: { censorSize?: number } = {},
): Plot.Markish[] {
  const censored = curve.steps.filter((s) => s.nCensor > 0);
  return [
    stepLine(curve, colour, `curve ${label}`),
    Plot.dot(censored, {
      x: "months",
      y: "survival",
      symbol: "plus",
      r: options.censorSize ?? 3.5,
      stroke: colour,
      strokeWidth: 1.5,
      ariaDescription: `censored ${label}`,
    }),
  ];
}

/** The step curve alone of `curve`, as a reference behind another curve (no censor marks). */
export function referenceMarks(curve: SurvivalCurve, colour: string): Plot.Markish {
  return stepLine(curve, colour, "reference curve");
}

/** The step function of `curve` from S(0) = 1, clipped to the frame. */
function stepLine(curve: SurvivalCurve, colour: string, description: string): Plot.Markish {
  return Plot.line([{ months: 0, survival: 1 }, ...curve.steps], {
    x: "months",
    y: "survival",
    curve: "step-after",
    stroke: colour,
    strokeWidth: 2,
    clip: "frame",
    ariaDescription: description,
  });
}

/**
 * The pointwise confidence band of `curve`, as the statistics stage computed it (R's survfit
 * band). Where the limits are not defined (after S reaches 0) the band stops.
 */
export function bandMark(curve: SurvivalCurve): Plot.Markish {
  const band = [
    { months: 0, lower: 1, upper: 1 },
    ...curve.steps.map((s) => ({
      months: s.months,
      lower: s.lower ?? NaN,
      upper: s.upper ?? NaN,
    })),
  ];
  return Plot.areaY(band, {
    x: "months",
    y1: "lower",
    y2: "upper",
    curve: "step-after",
    fill: NEUTRAL.band,
    fillOpacity: NEUTRAL.bandOpacity,
    clip: "frame",
    ariaDescription: "confidence band",
  });
}

/** Dashed drop lines of a median at `months`: across from the y axis at 50%, and down to 0. */
export function medianMarks(months: number, options: { across: boolean }): Plot.Markish[] {
  const line = { strokeDasharray: "4,3", stroke: NEUTRAL.median, strokeWidth: 1.2 };
  return [
    ...(options.across ? [Plot.ruleY([0.5], { x1: 0, x2: months, ...line })] : []),
    Plot.ruleX([months], { y1: 0, y2: 0.5, ...line, ariaDescription: "median line" }),
  ];
}
