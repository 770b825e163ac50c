import assert from "node:assert/strict";
import { clopperPearson } from "../../../pipeline/lib/proportions/clopper_pearson.ts";
import { wilson } from "../../../pipeline/lib/proportions/wilson.ts";
import { assertAgrees, binomialFixtures } from "../_r_fixtures.ts";

// Fixtures: binom.test(x, n)$conf.int and prop.test(x, n, correct = FALSE)$conf.int at 95% and
// 90%, from tests/lib/fixtures/make_fixtures.R; agreement within 1e-9 is required.

Deno.test("clopperPearson matches binom.test on a grid including 0/n, n/n, 3/10, 13/55 and 1/1", () => {
  assert.ok(binomialFixtures.length >= 15);
  for (const { x, n, clopper_pearson, clopper_pearson_90 } of binomialFixtures) {
    const [lower, upper] = clopperPearson(x, n);
    assertAgrees(lower, clopper_pearson[0], `lower ${x}/${n}`);
    assertAgrees(upper, clopper_pearson[1], `upper ${x}/${n}`);
    const [lower90, upper90] = clopperPearson(x, n, { level: 0.9 });
    assertAgrees(lower90, clopper_pearson_90[0], `90% lower ${x}/${n}`);
    assertAgrees(upper90, clopper_pearson_90[1], `90% upper ${x}/${n}`);
  }
});

Deno.test("wilson matches prop.test(correct = FALSE) on the same grid", () => {
  for (const { x, n, wilson: expected, wilson_90 } of binomialFixtures) {
    const [lower, upper] = wilson(x, n);
    assertAgrees(lower, expected[0], `lower ${x}/${n}`);
    assertAgrees(upper, expected[1], `upper ${x}/${n}`);
    const [lower90, upper90] = wilson(x, n, { level: 0.9 });
    assertAgrees(lower90, wilson_90[0], `90% lower ${x}/${n}`);
    assertAgrees(upper90, wilson_90[1], `90% upper ${x}/${n}`);
  }
});

Deno.test("clopperPearson of 3/10 is 0.0667 to 0.6525, and the ends are exact at 0/n and n/n", () => {
  assert.deepEqual(clopperPearson(3, 10).map((p) => p.toFixed(4)), ["0.0667", "0.6525"]);
  assert.equal(clopperPearson(0, 12)[0], 0);
  assert.equal(clopperPearson(12, 12)[1], 1);
  // 0/n: the upper limit solves (1 - p)^n = 0.025, so p = 1 - 0.025^(1/n).
  assert.ok(Math.abs(clopperPearson(0, 12)[1] - (1 - 0.025 ** (1 / 12))) < 1e-15);
  // 1/1: the lower limit solves p = 0.025.
  assert.ok(Math.abs(clopperPearson(1, 1)[0] - 0.025) < 1e-15);
});

Deno.test("clopperPearson is symmetric: the interval for n - x mirrors the one for x", () => {
  for (const [x, n] of [[0, 7], [2, 7], [13, 55], [1, 1000]] as const) {
    const [lower, upper] = clopperPearson(x, n);
    const [mirrorLower, mirrorUpper] = clopperPearson(n - x, n);
    assert.ok(Math.abs(lower - (1 - mirrorUpper)) < 1e-15);
    assert.ok(Math.abs(upper - (1 - mirrorLower)) < 1e-15);
  }
});

Deno.test("both intervals contain x/n and move up as x grows", () => {
  for (let n = 1; n <= 60; n++) {
    let previous = { exact: [-1, -1], wilson: [-1, -1] };
    for (let x = 0; x <= n; x++) {
      const exact = clopperPearson(x, n);
      const score = wilson(x, n);
      assert.ok(exact[0] <= x / n && x / n <= exact[1], `exact ${x}/${n}`);
      assert.ok(score[0] <= x / n + 1e-15 && x / n - 1e-15 <= score[1], `Wilson ${x}/${n}`);
      assert.ok(exact[0] > previous.exact[0]! && exact[1] > previous.exact[1]!, `exact ${x}/${n}`);
      assert.ok(
        score[0] > previous.wilson[0]! && score[1] > previous.wilson[1]!,
        `Wilson ${x}/${n}`,
      );
      previous = { exact, wilson: score };
    }
  }
});

Deno.test("the binomial intervals reject counts that are not x of n", () => {
  assert.throws(() => clopperPearson(0, 0), { name: "RangeError", message: /at least 1/ });
  assert.throws(() => clopperPearson(6, 5), { name: "RangeError", message: /from 0 to 5/ });
  assert.throws(() => wilson(1.5, 5), RangeError);
  assert.throws(() => wilson(-1, 5), RangeError);
  assert.throws(() => clopperPearson(1, 5, { level: 1 }), RangeError);
  assert.throws(() => wilson(1, 5, { level: 0 }), RangeError);
});
