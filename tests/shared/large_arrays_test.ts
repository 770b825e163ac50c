/** The array helpers at a size where spreading into one call overflows the stack. */

import assert from "node:assert/strict";
import { maxOf, minOf, pushAll } from "../../pipeline/_shared/large_arrays.ts";

const MANY = 1_000_000;

Deno.test("pushAll appends a million elements, where push(...items) overflows the stack", () => {
  const items = Array.from({ length: MANY }, (_, i) => i);
  assert.throws(() => [].push(...(items as never[])), RangeError);
  const target = [-1];
  assert.equal(pushAll(target, items), target);
  assert.equal(target.length, MANY + 1);
  assert.deepEqual([target[0], target[1], target.at(-1)], [-1, 0, MANY - 1]);
});

Deno.test("maxOf and minOf take a million values and a starting bound", () => {
  const values = Array.from({ length: MANY }, (_, i) => (i * 7919) % MANY - 500);
  assert.equal(maxOf(values), MANY - 501);
  assert.equal(minOf(values), -500);
  assert.equal(maxOf(values, 10 ** 9), 10 ** 9);
  assert.equal(minOf([], -100), -100);
  assert.equal(maxOf([]), -Infinity);
});
