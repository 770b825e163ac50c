/**
 * The indices of subjects in ascending order of time, ties in their original order: what
 * `indices.sort((a, b) => time[a] - time[b])` gives (Array.prototype.sort is stable), without a
 * comparison per pair. Whole-number times over a short range (days of follow-up) are placed by a
 * stable counting sort, linear in the subjects; any other times go through the comparison sort.
 * A Cox fit of a million subjects sorts once per factor, and the comparison sort was most of it.
 *
 * @module
 */

/** Buckets allowed per subject (plus a floor) before the counting sort gives way to sorting. */
const BUCKETS_PER_SUBJECT = 4;
const MIN_BUCKETS = 65_536;

/** Indices 0..n-1 of `times` by ascending time, stable. */
export function timeOrder(times: ArrayLike<number>): Uint32Array {
  const n = times.length;
  let min = Infinity;
  let max = -Infinity;
  let whole = true;
  for (let i = 0; i < n; i++) {
    const t = times[i]!;
    if (t < min) min = t;
    if (t > max) max = t;
    if (!Number.isSafeInteger(t)) whole = false;
  }
  const range = max - min + 1;
  if (n === 0 || !whole || range > Math.max(MIN_BUCKETS, BUCKETS_PER_SUBJECT * n)) {
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => times[a]! - times[b]!);
    return Uint32Array.from(order);
  }
  const start = new Uint32Array(range + 1);
  for (let i = 0; i < n; i++) start[times[i]! - min + 1]!++;
  for (let k = 1; k <= range; k++) start[k]! += start[k - 1]!;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[start[times[i]! - min]!++] = i;
  return order;
}
