/**
 * Descriptive summaries: counts with integer percentages, and medians, quartiles and ranges by
 * the R type 7 rule (d3-array's `quantile`).
 *
 * @module
 */

import { quantile } from "d3-array";
import { percentOf, roundHalfUp } from "./numbers/rounding.ts";

/** A count and its share of the whole, as the publication prints it. */
export interface Share {
  n: number;
  total: number;
  /** Integer percent, half up. */
  pct: number;
}

/** Median, quartiles and range. */
export interface Distribution {
  n: number;
  median: number;
  q1: number;
  q3: number;
  min: number;
  max: number;
}

/** Counts of each value, in the order of `categories` (then any others, sorted). */
export function countShares(
  values: readonly string[],
  categories: readonly string[] = [],
): Record<string, Share> {
  const counts = new Map<string, number>(categories.map((c) => [c, 0]));
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const others = [...counts.keys()].filter((k) => !categories.includes(k)).sort();
  return Object.fromEntries(
    [...categories, ...others].map((k) => {
      const n = counts.get(k) ?? 0;
      return [k, { n, total: values.length, pct: percentOf(n, values.length) }];
    }),
  );
}

/** The categories with the largest count, ties in key order. */
export function mostCommon(shares: Record<string, Share>): string[] {
  const max = Math.max(...Object.values(shares).map((s) => s.n));
  return Object.keys(shares).filter((k) => shares[k]?.n === max).sort();
}

/** Categories ranked by count (descending; ties in key order). */
export function ranked(shares: Record<string, Share>): string[] {
  return Object.keys(shares).sort((a, b) =>
    (shares[b]?.n ?? 0) - (shares[a]?.n ?? 0) || a.localeCompare(b)
  );
}

/** Median, quartiles and range of `values`; throws on an empty list. */
export function distribution(values: readonly number[]): Distribution {
  if (values.length === 0) throw new RangeError("Expected at least one value but found none");
  const sorted = values.toSorted((a, b) => a - b);
  const q = (p: number) => roundHalfUp(quantile(sorted, p) as number, 4);
  return {
    n: values.length,
    median: q(0.5),
    q1: q(0.25),
    q3: q(0.75),
    min: sorted[0] as number,
    max: sorted.at(-1) as number,
  };
}
