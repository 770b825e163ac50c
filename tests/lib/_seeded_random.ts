/**
 * A small seeded generator for property tests and benchmarks (mulberry32): the same seed gives
 * the same data on every machine, so a failing case can be replayed.
 *
 * @module
 */

import type { SurvivalRecord } from "../../pipeline/lib/survival/kaplan_meier.ts";

/** A function returning uniform numbers in [0, 1), determined by `seed`. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` survival records in whole days (many ties), about `eventShare` of them events. */
export function randomRecords(
  random: () => number,
  n: number,
  options: { maxDays?: number; eventShare?: number } = {},
): SurvivalRecord[] {
  const maxDays = options.maxDays ?? 1500;
  const eventShare = options.eventShare ?? 0.6;
  return Array.from({ length: n }, () => ({
    time: Math.floor(random() * maxDays),
    event: random() < eventShare,
  }));
}

/** A shuffled copy of `items` (Fisher–Yates with the seeded generator). */
export function shuffled<T>(random: () => number, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
