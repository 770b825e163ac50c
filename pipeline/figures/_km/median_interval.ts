/**
 * A median's confidence interval drawn on a Kaplan–Meier plot: a horizontal bar at 50% survival
 * from the lower to the upper limit, with an end cap at each limit that is estimable. The limits
 * are the plan's headline method, read from `stats.json`; a negative lower limit (the SPSS-style
 * symmetric interval) is drawn from 0, as it is printed, and an upper limit that is not estimable
 * leaves the bar open to the end of the axis.
 *
 * @module
 */

import * as Plot from "@observablehq/plot";
import type { NumberSource } from "../../_shared/prose/numbers.ts";

const CAP_HALF_HEIGHT = 5;

/** A vertical line centred on the dot: the cap at each end of the bar. */
const CAP = {
  draw(context: { moveTo(x: number, y: number): void; lineTo(x: number, y: number): void }) {
    context.moveTo(0, -CAP_HALF_HEIGHT);
    context.lineTo(0, CAP_HALF_HEIGHT);
  },
};

/** The drawn limits of the headline CI of the median at `id`, or null when it has none. */
export function medianInterval(
  numbers: NumberSource,
  id: string,
  axisEnd: number,
): { from: number; to: number; caps: number[] } | null {
  const ci = numbers.value(`${id}.ci.${numbers.plan.headlineCi}`) as
    | [number | null, number | null]
    | null;
  if (numbers.value(`${id}.median`) === null || ci === null) return null;
  const [lower, upper] = ci;
  const from = Math.max(0, lower ?? 0);
  const to = Math.min(axisEnd, upper ?? axisEnd);
  const caps = [
    ...(lower === null ? [] : [from]),
    ...(upper === null || upper > axisEnd ? [] : [to]),
  ];
  return { from, to, caps };
}

/** The bar and caps of `interval` at 50% survival, in `colour`. */
export function medianIntervalMarks(
  interval: { from: number; to: number; caps: number[] },
  colour: string,
): Plot.Markish[] {
  return [
    Plot.ruleY([0.5], {
      x1: interval.from,
      x2: interval.to,
      stroke: colour,
      strokeWidth: 2.5,
      ariaDescription: "median confidence interval",
    }),
    Plot.dot(interval.caps, {
      x: (d: number) => d,
      y: 0.5,
      symbol: CAP,
      stroke: colour,
      strokeWidth: 2.5,
      ariaDescription: "median confidence interval limits",
    }),
  ];
}
