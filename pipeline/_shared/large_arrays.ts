/**
 * Array helpers that hold at any cohort size. `target.push(...items)` and `Math.max(...values)`
 * pass every element as an argument of one call, and V8 throws "Maximum call stack size exceeded"
 * somewhere above a hundred thousand of them: a registry's lines, or its data problems, are more.
 *
 * @module
 */

/** Appends every element of `items` to `target`, one by one; returns `target`. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `start` and `values`. */
export function maxOf(values: Iterable<number>, start = -Infinity): number {
  let max = start;
  for (const value of values) if (value > max) max = value;
  return max;
}

/** The smallest of `start` and `values`. */
export function minOf(values: Iterable<number>, start = Infinity): number {
  let min = start;
  for (const value of values) if (value < min) min = value;
  return min;
}
