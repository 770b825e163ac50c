import assert from "node:assert/strict";
import { normalQuantile } from "../../../pipeline/lib/math/normal_quantile.ts";
import { zForLevel } from "../../../pipeline/lib/math/z_for_level.ts";
import { qnormFixture } from "../_r_fixtures.ts";

Deno.test("normalQuantile agrees with R's qnorm to 1e-15 relative, in the centre and both tails", () => {
  assert.ok(qnormFixture.p.includes(1e-10) && qnormFixture.p.includes(0.975));
  qnormFixture.p.forEach((p, i) => {
    const expected = qnormFixture.q[i]!;
    const actual = normalQuantile(p);
    assert.ok(
      Math.abs(actual - expected) <= 1e-15 * Math.max(1, Math.abs(expected)),
      `qnorm(${p}) = ${expected}, found ${actual}`,
    );
  });
});

Deno.test("normalQuantile is antisymmetric about 0.5 and infinite at 0 and 1", () => {
  // Powers of two, so that 1 - p is exact.
  for (const p of [2 ** -40, 2 ** -20, 2 ** -7, 0.25, 0.375, 0.4375]) {
    assert.equal(normalQuantile(p), -normalQuantile(1 - p), `p = ${p}`);
  }
  assert.equal(normalQuantile(0.5), 0);
  assert.equal(normalQuantile(0), -Infinity);
  assert.equal(normalQuantile(1), Infinity);
  assert.throws(() => normalQuantile(1.5), { name: "RangeError", message: /found 1.5/ });
  assert.throws(() => normalQuantile(NaN), RangeError);
});

Deno.test("zForLevel gives R's 1.959964 at 95%, not SPSS's rounded 1.96", () => {
  assert.equal(zForLevel(), 1.9599639845400536);
  assert.equal(zForLevel(0.95), zForLevel());
  assert.ok(Math.abs(zForLevel(0.9) - 1.6448536269514722) < 1e-15);
  assert.throws(() => zForLevel(1), RangeError);
});
