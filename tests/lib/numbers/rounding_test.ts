import assert from "node:assert/strict";
import { percentOf, roundHalfUp } from "../../../pipeline/lib/numbers/rounding.ts";

Deno.test("roundHalfUp rounds the decimal the reader sees, not the binary value", () => {
  // 2.675 is stored as 2.67499999999999982...; toFixed rounds that down, a reader rounds up.
  assert.equal((2.675).toFixed(2), "2.67");
  assert.equal(roundHalfUp(2.675, 2), 2.68);
  assert.equal(roundHalfUp(1.005, 2), 1.01);
  assert.equal(roundHalfUp(8.345, 2), 8.35);
  assert.equal(roundHalfUp(1.45, 1), 1.5);
  assert.equal(roundHalfUp(9.995, 2), 10);
});

Deno.test("roundHalfUp rounds halves away from zero, unlike Math.round", () => {
  assert.equal(roundHalfUp(0.5, 0), 1);
  assert.equal(roundHalfUp(2.5, 0), 3);
  assert.equal(Math.round(-2.5), -2);
  assert.equal(roundHalfUp(-2.5, 0), -3);
  assert.equal(roundHalfUp(-0.5, 0), -1);
  assert.equal(roundHalfUp(-2.675, 2), -2.68);
  assert.ok(Object.is(roundHalfUp(-0.001, 2), 0), "no negative zero");
});

Deno.test("roundHalfUp leaves short values alone and handles exponent notation", () => {
  assert.equal(roundHalfUp(123.456, 0), 123);
  assert.equal(roundHalfUp(0.49999999999999994, 0), 0);
  assert.equal(roundHalfUp(0.1, 4), 0.1);
  assert.equal(roundHalfUp(0, 3), 0);
  assert.equal(roundHalfUp(1e-7, 6), 0);
  assert.equal(roundHalfUp(5e-7, 6), 0.000001);
  assert.equal(roundHalfUp(4.9e-7, 6), 0);
  assert.equal(roundHalfUp(1.5e21, 2), 1.5e21);
  assert.equal(roundHalfUp(0.0049, 2), 0);
  assert.equal(roundHalfUp(0.005, 2), 0.01);
});

Deno.test("roundHalfUp agrees with exact decimal arithmetic on a sweep of three-decimal values", () => {
  // k / 1000 printed with three decimals, rounded to two: the answer is ceil-or-floor of k / 10.
  for (let k = -20000; k <= 20000; k += 7) {
    const expected = Math.sign(k) * Math.floor((Math.abs(k) + 5) / 10) / 100;
    assert.equal(roundHalfUp(k / 1000, 2), expected === 0 ? 0 : expected, `${k / 1000}`);
  }
});

Deno.test("roundHalfUp rejects digits outside 0 to 20 and non-finite values", () => {
  assert.throws(() => roundHalfUp(1, -1), { name: "RangeError", message: /found -1/ });
  assert.throws(() => roundHalfUp(1, 1.5), RangeError);
  assert.throws(() => roundHalfUp(NaN, 2), { name: "RangeError", message: /found NaN/ });
  assert.throws(() => roundHalfUp(Infinity, 2), RangeError);
});

Deno.test("percentOf gives whole percents rounded half up, as published", () => {
  assert.equal(percentOf(13, 55), 24); // 23.64%
  assert.equal(percentOf(1, 8), 13); // 12.5% exactly
  assert.equal(percentOf(3, 8), 38); // 37.5% exactly
  assert.equal(percentOf(1, 200), 1); // 0.5% exactly
  assert.equal(percentOf(0, 55), 0);
  assert.equal(percentOf(55, 55), 100);
  for (let whole = 1; whole <= 200; whole++) {
    for (let part = 0; part <= whole; part++) {
      assert.equal(percentOf(part, whole), roundHalfUp(100 * part / whole, 0), `${part}/${whole}`);
    }
  }
  assert.throws(() => percentOf(1, 0), { name: "RangeError", message: /at least 1 but found 0/ });
  assert.throws(() => percentOf(0.5, 4), RangeError);
});
