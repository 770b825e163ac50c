import assert from "node:assert/strict";
import { signOfSum } from "../../pipeline/derive/recist/_exact_decimal.ts";

Deno.test("signOfSum compares decimals exactly where floats round (10 * 7.07 - 7 * 10.1 = 0)", () => {
  assert.ok(7.07 / 10.1 > 0.7); // the float ratio is 0.7000000000000001
  assert.equal(signOfSum([[10, 7.07], [-7, 10.1]]), 0);
  assert.equal(signOfSum([[1, 0.1], [1, 0.2], [-1, 0.3]]), 0); // 0.1 + 0.2 - 0.3 = 0, not 5.6e-17
});

Deno.test("signOfSum gives -1, 0 or 1 for negative, zero and positive sums", () => {
  assert.equal(signOfSum([[10, 70.1], [-7, 100]]), 1); // 701 - 700
  assert.equal(signOfSum([[10, 69.9], [-7, 100]]), -1); // 699 - 700
  assert.equal(signOfSum([]), 0);
});

Deno.test("signOfSum reads exponent forms (1e21, 1e-7) exactly", () => {
  assert.equal(signOfSum([[1, 1e21], [-1, 999999999999999999999]]), 0); // same double
  assert.equal(signOfSum([[10, 1e-7], [-1, 1e-6]]), 0);
  assert.equal(signOfSum([[1, 1.5e-7], [-1, 1e-7]]), 1);
  assert.equal(signOfSum([[1, -2.5], [1, 2.5]]), 0);
});

Deno.test("signOfSum refuses non-finite values and non-integer coefficients", () => {
  assert.throws(() => signOfSum([[1, Number.NaN]]), /Expected a finite number but found NaN/);
  assert.throws(() => signOfSum([[1, Infinity]]), RangeError);
  assert.throws(() => signOfSum([[0.5, 1]]), /Expected an integer coefficient but found 0.5/);
});
