/**
 * Thinning a Kaplan–Meier curve for drawing: untouched below the limit; above it, one step per
 * slice of the axis, the last of the slice, with the slice's censorings summed.
 */

import assert from "node:assert/strict";
import type { CurveStep, SurvivalCurve } from "../../pipeline/_shared/contracts/curves.ts";
import { drawnCurve, thinnedSentence } from "../../pipeline/figures/_km/drawn_curve.ts";

function step(months: number, survival: number, nCensor = 0): CurveStep {
  return { months, survival, nRisk: 10, nEvent: 1, nCensor, lower: null, upper: null };
}

function curveOf(steps: CurveStep[]): SurvivalCurve {
  return { key: "all", statsId: "os", n: 10, events: 5, steps, atRisk: [] };
}

Deno.test("a curve with no more steps than slices is drawn as fitted", () => {
  const curve = curveOf([step(1, 0.9), step(2, 0.8)]);
  assert.deepEqual(drawnCurve(curve, 10, 2), { curve, thinned: false });
  assert.equal(thinnedSentence(false), "");
});

Deno.test("each slice keeps its last step, with the slice's censorings summed", () => {
  // Axis 0-10 months in 2 slices of 5: steps at 1, 2, 4 fall in slice 0; 6 and 12 in slice 1.
  const curve = curveOf([
    step(1, 0.9, 1),
    step(2, 0.8, 0),
    step(4, 0.7, 2),
    step(6, 0.6, 0),
    step(12, 0.5, 1),
  ]);
  const { curve: drawn, thinned } = drawnCurve(curve, 10, 2);
  assert.ok(thinned);
  assert.deepEqual(drawn.steps.map((s) => [s.months, s.survival, s.nCensor]), [
    [4, 0.7, 3],
    [12, 0.5, 1],
  ]);
  assert.deepEqual(curve.steps.length, 5, "the fitted curve is not changed");
  assert.match(thinnedSentence(true), /equal slices of the time axis/);
});

Deno.test("a registry-sized curve is drawn with at most 500 steps, ending where it ends", () => {
  const steps = Array.from({ length: 20_000 }, (_, i) => step(i / 100, 1 - i / 20_001, i % 3));
  const { curve: drawn } = drawnCurve(curveOf(steps), 200);
  assert.ok(drawn.steps.length <= 500, `${drawn.steps.length} steps`);
  assert.deepEqual(drawn.steps.at(-1)!.survival, steps.at(-1)!.survival);
  const censored = (s: CurveStep[]) => s.reduce((sum, x) => sum + x.nCensor, 0);
  assert.equal(censored(drawn.steps), censored(steps));
});
