/**
 * A Kaplan–Meier curve as drawn: at most {@linkcode DRAWN_SLICES} steps over the time axis. A
 * registry-sized cohort has an event or a censoring on nearly every day of follow-up, thousands of
 * steps per curve, and figure 2 repeats the reference curve in every panel: drawn whole, the SVG
 * grows to megabytes with nothing more to see, since a panel's axis is 170 to 270 px wide.
 *
 * Above that many steps, the time axis is cut into that many equal slices and each slice keeps
 * its last step, with the survival, band and numbers at risk after every drop in the slice; the
 * slice's censorings are summed there (one "+" mark). A drop is thus drawn at most one slice
 * (under 0.6 px, 0.15 mm in print) late, never early, and every level the curve takes at the end
 * of a slice is exact. The printed numbers (medians, numbers at risk) are never read from here.
 * A curve with fewer steps is drawn as fitted, so the committed study's figures are unaffected.
 *
 * @module
 */

import type { CurveStep, SurvivalCurve } from "../../_shared/contracts/curves.ts";

/** The most steps a curve is drawn with, as equal slices of the time axis. */
export const DRAWN_SLICES = 500;

/** `curve` with its steps thinned to the slices of an axis from 0 to `axisEnd` months. */
export function drawnCurve(
  curve: SurvivalCurve,
  axisEnd: number,
  slices = DRAWN_SLICES,
): { curve: SurvivalCurve; thinned: boolean } {
  if (curve.steps.length <= slices) return { curve, thinned: false };
  if (!(axisEnd > 0)) throw new RangeError(`Expected a positive axis end, got ${axisEnd}`);
  const width = axisEnd / slices;
  const steps: CurveStep[] = [];
  let slice = -1;
  let censored = 0;
  for (const step of curve.steps) {
    // Steps past the axis end share the last slice: they are clipped by the frame anyway.
    const at = Math.min(Math.floor(step.months / width), slices - 1);
    if (at === slice) steps.pop();
    else censored = 0;
    slice = at;
    censored += step.nCensor;
    steps.push({ ...step, nCensor: censored });
  }
  return { curve: { ...curve, steps }, thinned: true };
}

/** The caption's sentence when any curve of a figure was thinned, else "". */
export function thinnedSentence(thinned: boolean): string {
  return thinned
    ? ` Curves with more than ${DRAWN_SLICES} steps are drawn at the last step in each of ` +
      `${DRAWN_SLICES} equal slices of the time axis (a drop shows at most one slice late; ` +
      `censorings within a slice share one mark).`
    : "";
}
