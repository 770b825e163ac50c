import assert from "node:assert/strict";
import { normalQuantile } from "../../../pipeline/lib/math/normal_quantile.ts";
import { normalUpperTail } from "../../../pipeline/lib/math/normal_upper_tail.ts";
import { pnormFixture } from "../_r_comparative_fixtures.ts";

Deno.test("normalUpperTail agrees with R's pnorm(lower.tail = FALSE) to 1e-15 relative, into the far tail", () => {
  assert.ok(pnormFixture.z.includes(37) && pnormFixture.z.includes(-40));
  pnormFixture.z.forEach((z, i) => {
    const expected = pnormFixture.upper[i]!;
    const actual = normalUpperTail(z);
    assert.ok(
      Math.abs(actual - expected) <= 1e-15 * expected,
      `pnorm(${z}, lower.tail = FALSE) = ${expected}, found ${actual}`,
    );
  });
});

Deno.test("normalUpperTail is the complement of itself at -z and inverts normalQuantile", () => {
  for (const z of [0.1, 0.6744, 0.7, 1.5, 3, 5.65, 5.66, 9]) {
    assert.ok(Math.abs(normalUpperTail(-z) - (1 - normalUpperTail(z))) <= 1e-16, `z = ${z}`);
  }
  // z = -normalQuantile(p) has P(Z > z) = p; an error δ in z moves the tail by about z·δ
  // relative, hence the looser bound far out.
  for (const p of [0.4, 0.05, 0.025, 1e-5, 1e-12, 1e-100]) {
    const z = -normalQuantile(p);
    assert.ok(
      Math.abs(normalUpperTail(z) - p) <= 1e-12 * p,
      `p = ${p}: found ${normalUpperTail(z)}`,
    );
  }
});

Deno.test("normalUpperTail is 1 at -Infinity, 0 at Infinity and refuses NaN", () => {
  assert.equal(normalUpperTail(-Infinity), 1);
  assert.equal(normalUpperTail(Infinity), 0);
  assert.equal(normalUpperTail(0), 0.5);
  assert.throws(() => normalUpperTail(NaN), { name: "RangeError", message: /found NaN/ });
});
