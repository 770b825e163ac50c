/**
 * Survival times built so that a Kaplan–Meier analysis gives a chosen median and SPSS-style 95% CI
 * (statistics.md, method 1), by construction rather than by trial and error.
 *
 * The steps of a Kaplan–Meier curve depend only on the order of events and censorings, not on the
 * times themselves (when no two times are equal). So a design fixes that order as a pattern of
 * `E` (event) and `C` (censored); from it follow S after each event, Greenwood's se(S) at the
 * median, and which events serve as the median t50 and as u (last S >= 0.55) and l (first
 * S <= 0.45). The SPSS standard error is se(S(t50)) * (l - u) / (S(u) - S(l)), so the distance
 * l - u that gives the wanted half-width is solved for. The design then puts t50, u and l at
 * those times and draws every other time at random inside its slot, which keeps the order.
 *
 * @module
 */

import type { Random } from "./random.ts";

/** How to build one set of survival times. */
export interface SurvivalDesign {
  /** One letter per subject, in time order: `E` event, `C` censored. */
  pattern: string;
  /** Where the median t50 goes, in days. */
  medianDays: number;
  /** z * SE(t50) wanted, in days (z = 1.96). */
  halfWidthDays: number;
  /** Share of l - u placed before t50 (default 0.5). */
  before?: number;
  /** Range of the times drawn, in days. */
  minDays: number;
  maxDays: number;
  /** Times fixed in advance: index in the pattern -> days. */
  pins?: Readonly<Record<number, number>>;
}

/** One designed time: days, event or censored, and what it is in the design. */
export interface DesignedTime {
  days: number;
  event: boolean;
  role: "median" | "u" | "l" | "pinned" | "drawn";
}

/** S at which the curve may not sit, to within this margin (the median rule compares with it). */
const MARGIN = 0.002;

/** The times of `design`, in pattern order (strictly increasing). */
export function designSurvivalTimes(design: SurvivalDesign, random: Random): DesignedTime[] {
  const { pattern } = design;
  if (!/^[EC]+$/.test(pattern)) {
    throw new RangeError(`Expected a pattern of E and C but found "${pattern}"`);
  }
  const { survival, greenwood } = curveOfPattern(pattern);
  const events = [...pattern].flatMap((letter, i) => letter === "E" ? [i] : []);
  for (const i of events) {
    for (const edge of [0.45, 0.5, 0.55]) {
      if (Math.abs(survival[i]! - edge) < MARGIN) {
        throw new RangeError(`Pattern puts S = ${survival[i]} within ${MARGIN} of ${edge}`);
      }
    }
  }
  const median = events.find((i) => survival[i]! <= 0.5);
  const l = events.find((i) => survival[i]! <= 0.45);
  if (median === undefined || l === undefined) {
    throw new RangeError("Expected a pattern whose curve falls to 0.45 or below");
  }
  const u = events.findLast((i) => survival[i]! >= 0.55);
  if (u === undefined) throw new RangeError("Expected an event with S >= 0.55 in the pattern");
  const seSurvival = survival[median]! * Math.sqrt(greenwood[median]!);
  const spread = (design.halfWidthDays / 1.96) * (survival[u]! - survival[l]!) / seSurvival;
  const uDays = design.medianDays - Math.round(spread * (design.before ?? 0.5));
  const anchors = new Map<number, [number, DesignedTime["role"]]>([
    [median, [design.medianDays, "median"]],
    [u, [uDays, "u"]],
    [l, [uDays + Math.round(spread), "l"]],
  ]);
  for (const [index, days] of Object.entries(design.pins ?? {})) {
    if (anchors.has(Number(index))) throw new RangeError(`Index ${index} is pinned twice`);
    anchors.set(Number(index), [days, "pinned"]);
  }
  const days = fillSlots(pattern.length, anchors, design, random);
  return days.map((d, i) => ({
    days: d,
    event: pattern[i] === "E",
    role: anchors.get(i)?.[1] ?? "drawn",
  }));
}

/** S after each position of the pattern, and Greenwood's sum d / (n (n - d)). */
export function curveOfPattern(pattern: string): { survival: number[]; greenwood: number[] } {
  const survival: number[] = [];
  const greenwood: number[] = [];
  let s = 1;
  let sum = 0;
  for (let i = 0; i < pattern.length; i++) {
    const atRisk = pattern.length - i;
    if (pattern[i] === "E") {
      s *= (atRisk - 1) / atRisk;
      sum += 1 / (atRisk * (atRisk - 1));
    }
    survival.push(s);
    greenwood.push(sum);
  }
  return { survival, greenwood };
}

function fillSlots(
  count: number,
  anchors: Map<number, [number, string]>,
  design: SurvivalDesign,
  random: Random,
): number[] {
  const fixed = [...anchors.entries()].sort((a, b) => a[0] - b[0]);
  const days: number[] = new Array(count);
  let previous: [number, number] = [-1, design.minDays - 1];
  for (const [index, [time]] of [...fixed, [count, [design.maxDays + 1, ""]] as const]) {
    const slot = index - previous[0] - 1;
    if (time - previous[1] - 1 < slot) {
      throw new RangeError(
        `Expected room for ${slot} times between day ${previous[1]} and day ${time}`,
      );
    }
    // The tail after the last anchor is skewed towards its start, as survival times are.
    const skew = index === count ? 1.8 : 1;
    distinctSorted(slot, previous[1] + 1, time - 1, skew, random)
      .forEach((d, k) => days[previous[0] + 1 + k] = d);
    if (index < count) days[index] = time;
    previous = [index, time];
  }
  return days;
}

/** `n` distinct whole numbers in [low, high], ascending. */
function distinctSorted(n: number, low: number, high: number, skew: number, random: Random) {
  const chosen = new Set<number>();
  while (chosen.size < n) {
    chosen.add(low + Math.floor(Math.pow(random.next(), skew) * (high - low + 1)));
  }
  return [...chosen].sort((a, b) => a - b);
}
