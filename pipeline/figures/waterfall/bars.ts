/**
 * The bars of the waterfall plot (figure 4): one per line whose headline best response has a
 * percentage change of the target-lesion sum (ADRS PCHG), sorted from the largest growth to the
 * deepest shrinkage (ties by patient and line), growth beyond +100% drawn at +100% (`shown`), and
 * the y axis: from −100% (or lower) to the largest bar, ticks every 10% (20% when both ±100% are
 * in view).
 *
 * @module
 */

import type { PatientCourse } from "../courses.ts";
import { compare } from "../_common/palette.ts";
import { maxOf, minOf } from "../../_shared/large_arrays.ts";

/** The largest change drawn to scale, in percent. */
export const CAP = 100;

/** One bar. */
export interface WaterfallBar {
  key: string;
  change: number;
  shown: number;
  response: string;
  regimen: string;
}

/** The bars in drawing order, and the y domain (before room for markers) and ticks. */
export function waterfallBars(courses: readonly PatientCourse[]): {
  bars: WaterfallBar[];
  low: number;
  high: number;
  ticks: number[];
} {
  const bars = courses.flatMap((c) =>
    c.lines.flatMap((l) =>
      l.best.percentChange === null ? [] : [{
        key: `${c.usubjid} line ${l.line}`,
        change: l.best.percentChange,
        shown: Math.min(l.best.percentChange, CAP),
        response: l.best.response,
        regimen: l.regimen,
      }]
    )
  ).sort((a, b) => b.change - a.change || compare(a.key, b.key));
  const low = minOf(bars.map((b) => Math.floor(b.shown / 10) * 10), -100);
  const high = maxOf(bars.map((b) => Math.ceil(b.shown / 10) * 10), 40);
  const step = low <= -100 && high >= 100 ? 20 : 10;
  const ticks: number[] = [];
  for (let v = Math.ceil(low / step) * step; v <= high; v += step) ticks.push(v);
  return { bars, low, high, ticks };
}

/**
 * The extent a bar is drawn over, `[from, to]` in percent, so that no bar is too short to see:
 * a change of exactly 0 is drawn as a block `minimum` high centred on the zero line, and a change
 * smaller than `minimum` is drawn `minimum` long in its own direction; others as they are.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { drawnExtent } from "./bars.ts";
 * assert.deepEqual(drawnExtent(0, 2), [-1, 1]);
 * assert.deepEqual(drawnExtent(-0.5, 2), [0, -2]);
 * assert.deepEqual(drawnExtent(-42, 2), [0, -42]);
 * ```
 */
export function drawnExtent(shown: number, minimum: number): [number, number] {
  if (shown === 0) return [-minimum / 2, minimum / 2];
  if (Math.abs(shown) < minimum) return [0, Math.sign(shown) * minimum];
  return [0, shown];
}
