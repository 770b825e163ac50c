/**
 * The marks of a Kaplan–Meier curve, with times in days converted to months for display only:
 * the step curve from S(0) = 1 to the last follow-up time, a "+" at each censoring, and optionally
 * the pointwise confidence band drawn as a step area.
 *
 * @module
 */

import * as Plot from "@observablehq/plot";
import type { KaplanMeierFit } from "../../lib/survival/kaplan_meier.ts";
import { type BandMethod, confidenceBand } from "../../lib/survival/median_band.ts";

/** A point of a step curve, in months. */
interface CurvePoint {
  months: number;
  survival: number;
}

/** The step curve and censor marks of `fit` in `colour`. */
export function curveMarks(
  fit: KaplanMeierFit,
  colour: string,
  daysPerMonth: number,
  label: string,
): Plot.Markish[] {
  const points: CurvePoint[] = [
    { months: 0, survival: 1 },
    ...fit.steps.map((s) => ({ months: s.time / daysPerMonth, survival: s.survival })),
  ];
  const censored = fit.steps.filter((s) => s.nCensor > 0).map((s) => ({
    months: s.time / daysPerMonth,
    survival: s.survival,
  }));
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
 * The pointwise `level` confidence band of `fit` by `method`, as R's survfit draws it. Where R's
 * limits are NA (after S reaches 0) the band stops.
 */
export function bandMark(
  fit: KaplanMeierFit,
  colour: string,
  daysPerMonth: number,
  options: { method: BandMethod; level: number },
): Plot.Markish {
  const band = [
    { months: 0, lower: 1, upper: 1 },
    ...confidenceBand(fit, options.method, { level: options.level }).map((b) => ({
      months: b.time / daysPerMonth,
      lower: Number.isFinite(b.lower) ? b.lower : NaN,
      upper: Number.isFinite(b.upper) ? b.upper : NaN,
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
