/**
 * A figure of a registry-sized cohort cannot draw one lane or bar per patient: a million lanes
 * are neither readable nor a bounded file. Above a figure's limit it draws a systematic sample:
 * the items at evenly spaced ranks of the figure's own order (every k-th lane by follow-up, every
 * k-th bar by change), so the sample keeps the shape of the whole distribution, the first item
 * (the longest lane, the largest growth) included. Deterministic: no randomness, no seed.
 *
 * @module
 */

/** `items` when there are at most `max`; else `max` of them at ranks floor(i × n / max). */
export function systematicSample<T>(items: readonly T[], max: number): T[] {
  if (!(Number.isInteger(max) && max >= 1)) {
    throw new RangeError(`Expected a sample size of at least 1 but found ${max}`);
  }
  if (items.length <= max) return [...items];
  return Array.from({ length: max }, (_, i) => items[Math.floor(i * items.length / max)]!);
}
