/**
 * The marks of a Kaplan–Meier curve that the statistics stage fitted (`survival-curves.json`):
 * the step curve from S(0) = 1 to the last follow-up time, a "+" at each censoring, and
 * optionally the pointwise confidence band drawn as a step area.
 *
 * @module
 */

import * as Plot from "@observablehq/plot";
import type { SurvivalCurve } from "../../_shared/contracts/curves.ts";

/** The step curve and censor marks of `curve` in `colour`. */
export function curveMarks(curve: SurvivalCurve, colour: string, label: string): Plot.Markish[] {
  const points = [{ months: 0, survival: 1 }, ...curve.steps];
  const censored = curve.steps.filter((s) => s.nCensor > 0);
  return [
    Plot.line(points, {
      x: "months",
      y: "survival",
      curve: "step-after",
      stroke: colour,
      strokeWidth: 2,
      clip: "frame",
      ariaDescription: `curve ${label}`,
    }),
    Plot.dot(censored, {
      x: "months",
      y: "survival",
      symbol: "plus",
      r: 3.5,
      stroke: colour,
      strokeWidth: 1.5,
      ariaDescription: `censored ${label}`,
    }),
  ];
}

/**
 * The pointwise confidence band of `curve`, as the statistics stage computed it (R's survfit
 * band). Where the limits are not defined (after S reaches 0) the band stops.
 */
export function bandMark(curve: SurvivalCurve, colour: string): Plot.Markish {
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
    fill: colour,
    fillOpacity: 0.15,
    clip: "frame",
    ariaDescription: "confidence band",
  });
}
