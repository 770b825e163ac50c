/**
 * Small helpers shared by the benchmark scripts: the median of repeated timings, and a Markdown
 * table from a header and rows.
 *
 * @module
 */

/** The median of `values` (the mean of the middle two for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = values.toSorted((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Milliseconds of the median of `repeat` calls of `work`, after untimed warm-up calls (at least
 * `warmUp`, and for at least half a second) so that the compiler has optimised the code.
 */
export function timeMedian(work: () => unknown, repeat: number, warmUp = 3): number {
  const warming = performance.now();
  for (let i = 0; i < warmUp || performance.now() - warming < 500; i++) work();
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return median(times);
}

/** A Markdown table; `align` has "l" or "r" per column. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly ("l" | "r")[],
): string {
  const rule = align.map((a) => (a === "r" ? "---:" : "---"));
  return [header, rule, ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}
