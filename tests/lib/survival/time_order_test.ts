/** timeOrder: the order of a stable comparison sort by time, by counting where it can. */

import assert from "node:assert/strict";
import { timeOrder } from "../../../pipeline/lib/survival/_time_order.ts";

function comparisonOrder(times: readonly number[]): number[] {
  return times.map((_, i) => i).sort((a, b) => times[a]! - times[b]!);
}

Deno.test("whole days, ties kept in their original order, as a stable sort keeps them", () => {
  const times = [5, 3, 5, 0, 3, 3, 9, 0];
  assert.deepEqual(Array.from(timeOrder(times)), comparisonOrder(times));
  assert.deepEqual(Array.from(timeOrder(times)), [3, 7, 1, 4, 5, 0, 2, 6]);
});

Deno.test("fractional, negative-free wide-range and empty inputs give the comparison order", () => {
  let seed = 3;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const cases = [
    [],
    [2.5, 1.25, 2.5, 0.125],
    [0, 1e9, 5, 1e9, 0],
    Array.from({ length: 5_000 }, () => Math.floor(random() * 3_650)),
    Array.from({ length: 5_000 }, () => Math.floor(random() * 3_650) / 8),
  ];
  for (const times of cases) {
    assert.deepEqual(Array.from(timeOrder(times)), comparisonOrder(times));
  }
});
