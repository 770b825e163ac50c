import assert from "node:assert/strict";
import { systematicSample } from "../../pipeline/figures/_common/systematic_sample.ts";

Deno.test("systematicSample keeps every item up to its limit, else evenly spaced ranks from the first", () => {
  const items = Array.from({ length: 10 }, (_, i) => i);
  assert.deepEqual(systematicSample(items, 10), items);
  assert.deepEqual(systematicSample(items, 20), items);
  // Ranks floor(i × 10 / 4) for i = 0..3: 0, 2, 5, 7.
  assert.deepEqual(systematicSample(items, 4), [0, 2, 5, 7]);
  assert.deepEqual(systematicSample(items, 1), [0]);
  assert.throws(() => systematicSample(items, 0), RangeError);
});
