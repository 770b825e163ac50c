import assert from "node:assert/strict";
import { chiSquareUpperTail } from "../../../pipeline/lib/math/chi_square_upper_tail.ts";
import { normalUpperTail } from "../../../pipeline/lib/math/normal_upper_tail.ts";
import { pchisqFixture } from "../_r_comparative_fixtures.ts";

Deno.test("chiSquareUpperTail agrees with R's pchisq(lower.tail = FALSE) to 1e-13 relative", () => {
  // R computes pchisq through pgamma, a different algorithm, so the last digits differ (up to
  // 3e-14 relative far out on 1 df). Results below the smallest normal double (2.2e-308) keep
  // only a few digits in either program: there they are compared absolutely.
  assert.ok(pchisqFixture.x.length >= 100);
  pchisqFixture.x.forEach((x, i) => {
    const df = pchisqFixture.df[i]!;
    const expected = pchisqFixture.upper[i]!;
    const actual = chiSquareUpperTail(x, df);
    assert.ok(
      Math.abs(actual - expected) <= 1e-13 * expected + 1e-320,
      `pchisq(${x}, ${df}, lower.tail = FALSE) = ${expected}, found ${actual}`,
    );
  });
});

Deno.test("chiSquareUpperTail is exp(-x/2) on 2 df and twice the normal tail of sqrt(x) on 1 df", () => {
  for (const x of [0.01, 1, 3.84, 10, 100, 1000]) {
    assert.equal(chiSquareUpperTail(x, 2), Math.exp(-x / 2));
    assert.equal(chiSquareUpperTail(x, 1), 2 * normalUpperTail(Math.sqrt(x)));
  }
  // 4 df: exp(-x/2) (1 + x/2); 3 df: 2 Q(sqrt x) + sqrt(2x/pi) exp(-x/2).
  assert.ok(Math.abs(chiSquareUpperTail(6, 4) - Math.exp(-3) * 4) < 1e-16);
  const three = 2 * normalUpperTail(Math.sqrt(6)) + Math.sqrt(12 / Math.PI) * Math.exp(-3);
  assert.ok(Math.abs(chiSquareUpperTail(6, 3) - three) < 1e-16);
});

Deno.test("chiSquareUpperTail falls with x, rises with df, and keeps tiny tails positive", () => {
  for (const df of [1, 2, 3, 8, 31]) {
    let previous = 1;
    for (const x of [0, 0.5, 1, 2, 5, 10, 50, 200, 1200, 1450, 1480]) {
      const p = chiSquareUpperTail(x, df);
      assert.ok(p <= previous && p >= 0, `df ${df}, x ${x}`);
      assert.ok(p < chiSquareUpperTail(x, df + 1) || x === 0, `df ${df} vs ${df + 1} at ${x}`);
      previous = p;
    }
  }
  // Past x = 1400 the terms are summed in logarithms: still positive, where exp(-x/2) is 0.
  assert.ok(chiSquareUpperTail(1450, 2) > 0 && chiSquareUpperTail(1450, 9) > 0);
});

Deno.test("chiSquareUpperTail is 1 at 0, 0 at Infinity, and refuses fractional or zero df", () => {
  assert.equal(chiSquareUpperTail(0, 3), 1);
  assert.equal(chiSquareUpperTail(Infinity, 3), 0);
  assert.throws(() => chiSquareUpperTail(1, 0), { name: "RangeError", message: /found 0/ });
  assert.throws(() => chiSquareUpperTail(1, 1.5), { name: "RangeError", message: /found 1.5/ });
  assert.throws(() => chiSquareUpperTail(NaN, 1), RangeError);
});
