import assert from "node:assert/strict";
import { monthTicks } from "../../pipeline/_shared/month_ticks.ts";

Deno.test("monthTicks steps by a round number of months and ends on or after the follow-up", () => {
  assert.deepEqual(monthTicks(47.5), [0, 6, 12, 18, 24, 30, 36, 42, 48]);
  assert.deepEqual(monthTicks(8.2), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.deepEqual(monthTicks(0), [0, 1]);
  assert.throws(() => monthTicks(-1), RangeError);
});

Deno.test("monthTicks takes a coarser step when a narrow figure allows fewer intervals", () => {
  assert.deepEqual(monthTicks(127), [0, 12, 24, 36, 48, 60, 72, 84, 96, 108, 120, 132]);
  assert.deepEqual(monthTicks(127, 6), [0, 24, 48, 72, 96, 120, 144]);
  assert.deepEqual(monthTicks(65, 6), [0, 12, 24, 36, 48, 60, 72]);
  assert.throws(() => monthTicks(10, 0), RangeError);
});
