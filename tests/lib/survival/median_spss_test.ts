import assert from "node:assert/strict";
import { fitKaplanMeier } from "../../../pipeline/lib/survival/kaplan_meier.ts";
import { medianSpss } from "../../../pipeline/lib/survival/median_spss.ts";
import { roundHalfUp } from "../../../pipeline/lib/numbers/rounding.ts";
import { recordsOf, survivalFixtures } from "../_r_fixtures.ts";

// qnorm(0.975) in R, printed with 17 significant digits.
const Z = 1.9599639845400536;

/** Records from "1 2+ 3": a trailing + marks a censored time. */
function parse(text: string) {
  return text.split(" ").map((t) => ({ time: Number.parseFloat(t), event: !t.endsWith("+") }));
}

function assertNear(actual: number | null, expected: number, label: string) {
  assert.ok(actual !== null && Math.abs(actual - expected) < 1e-12, `${label}: ${actual}`);
}

Deno.test("medianSpss on ten uncensored deaths takes u and l from the 40th and 60th percentiles", () => {
  // S at 1..10 is 0.9, 0.8, ..., 0.0. Median 5 (S = 0.5). u = 4 (S = 0.6), l = 6 (S = 0.4):
  // f = (0.6 - 0.4) / (6 - 4) = 0.1. sigma^2 at 5 = 1/90 + 1/72 + 1/56 + 1/42 + 1/30 = 1/5 - 1/10
  // = 0.1 (telescoping), se(S) = 0.5 * sqrt(0.1) = 0.158113883, SE = 1.58113883,
  // CI = 5 ± 1.959964 * 1.58113883 = 5 ± 3.098975.
  const result = medianSpss(fitKaplanMeier(parse("1 2 3 4 5 6 7 8 9 10")));
  assert.equal(result.median, 5);
  assertNear(result.se, Math.sqrt(0.1) / 2 / 0.1, "se");
  assertNear(result.lower, 5 - Z * 1.5811388300841898, "lower");
  assertNear(result.upper, 5 + Z * 1.5811388300841898, "upper");
});

Deno.test("medianSpss uses u = 0 with S = 1 when no event time has S >= 0.55", () => {
  // n = 5, three deaths at 2: S = 2/5 = 0.4, so the median and l are both 2 and no event time
  // has S >= 0.55: u = 0, S(u) = 1, f = (1 - 0.4) / (2 - 0) = 0.3. sigma^2 = 3 / (5 * 2) = 0.3,
  // se(S) = 0.4 * sqrt(0.3) = 0.219089, SE = 0.219089 / 0.3 = 0.730297,
  // CI = 2 ± 1.959964 * 0.730297 = 2 ± 1.431355.
  const result = medianSpss(fitKaplanMeier(parse("2 2 2 7+ 9+")));
  assert.equal(result.median, 2);
  assertNear(result.se, 0.4 * Math.sqrt(0.3) / 0.3, "se");
  assertNear(result.lower, 2 - Z * 0.4 * Math.sqrt(0.3) / 0.3, "lower");
  assertNear(result.upper, 2 + Z * 0.4 * Math.sqrt(0.3) / 0.3, "upper");
});

Deno.test("medianSpss reports the median without a CI when S never reaches 0.45", () => {
  // S = 0.75 at 1, 0.5 at 2, then only censorings: median 2, no l, so no SE.
  assert.deepEqual(medianSpss(fitKaplanMeier(parse("1 2 3+ 4+"))), {
    median: 2,
    lower: null,
    upper: null,
    se: null,
  });
  // S = 2/3 after the only death: no median at all.
  assert.deepEqual(medianSpss(fitKaplanMeier(parse("1 2+ 3+"))), {
    median: null,
    lower: null,
    upper: null,
    se: null,
  });
});

Deno.test("medianSpss counts censorings tied with a death as at risk and never uses them as u or l", () => {
  // 1, 2+, 3, 4, 4+, 6, 8, 9+ (n = 8):
  //   t=1: n=8 d=1 S = 7/8 = 0.875,            sigma^2 += 1/56
  //   t=3: n=6 d=1 S = 0.875 * 5/6 = 0.729167, sigma^2 += 1/30
  //   t=4: n=5 d=1 S = 0.729167 * 4/5 = 0.583333 (the censoring at 4 is still at risk), += 1/20
  //   t=6: n=3 d=1 S = 0.583333 * 2/3 = 0.388889, sigma^2 += 1/6  -> sigma^2 = 0.267857
  // Median 6; u = 4 (0.583333), l = 6 (0.388889); f = 0.194444 / 2 = 0.0972222.
  // se(S) = 0.388889 * sqrt(0.267857) = 0.201269, SE = 2.070197, CI = 6 ± 4.057511.
  const result = medianSpss(fitKaplanMeier(parse("1 2+ 3 4 4+ 6 8 9+")));
  const sigma = Math.sqrt(1 / 56 + 1 / 30 + 1 / 20 + 1 / 6);
  const [sU, sL] = [7 / 8 * 5 / 6 * 4 / 5, 7 / 8 * 5 / 6 * 4 / 5 * 2 / 3];
  const se = sL * sigma / ((sU - sL) / (6 - 4));
  assert.equal(result.median, 6);
  assertNear(result.se, se, "se");
  assertNear(result.lower, 6 - Z * se, "lower");
  assertNear(result.upper, 6 + Z * se, "upper");
  assert.equal(result.lower!.toFixed(4), "1.9425");
});

Deno.test("medianSpss takes the first time S = 0.5 without R's midpoint, within rounding", () => {
  // Deaths at 1..4: S = 0.5 on [2, 3). SPSS: 2; R would print 2.5. u = 1 (0.75), l = 3 (0.25),
  // f = 0.5 / 2 = 0.25, sigma^2 at 2 = 1/12 + 1/6 = 0.25, se(S) = 0.25, SE = 1, CI = 2 ± 1.959964.
  const result = medianSpss(fitKaplanMeier(parse("1 2 3 4")));
  assert.deepEqual(result, { median: 2, lower: 2 - Z, upper: 2 + Z, se: 1 });
  // With 24 deaths the product 23/24 * ... * 12/13 is 0.5000000000000001 in doubles: still 12.
  const deaths = Array.from({ length: 24 }, (_, i) => `${i + 1}`).join(" ");
  const fit = fitKaplanMeier(parse(deaths));
  assert.ok(fit.steps[11]!.survival > 0.5, "the rounding this test is about happens");
  assert.equal(medianSpss(fit).median, 12);
});

Deno.test("medianSpss leaves the CI not estimable when S(t50) = 0 (Greenwood's variance is 0 * Infinity)", () => {
  // Two deaths at 3: S = 0, sigma = Infinity, S^2 * sigma^2 = 0 * Infinity: undefined.
  assert.deepEqual(medianSpss(fitKaplanMeier(parse("3 3"))), {
    median: 3,
    lower: null,
    upper: null,
    se: null,
  });
  // One patient: the same.
  assert.deepEqual(medianSpss(fitKaplanMeier(parse("57"))).se, null);
});

Deno.test("medianSpss does not clip a negative lower limit at zero", () => {
  // n = 2, deaths at 3 and 5: S = 0.5 at 3, u = 0 (S = 1), l = 5 (S = 0): f = 1/5 = 0.2.
  // sigma^2 = 1/(2*1) = 0.5, se(S) = 0.5 * 0.707107 = 0.353553, SE = 1.767767,
  // lower = 3 - 1.959964 * 1.767767 = -0.464758.
  const result = medianSpss(fitKaplanMeier(parse("3 5")));
  assertNear(result.lower, 3 - Z * Math.sqrt(0.5) * 0.5 / 0.2, "lower");
  assert.ok(result.lower! < 0);
});

Deno.test("medianSpss limits with z = 1.959964 and with SPSS's 1.96 agree at whole-number precision", () => {
  // The limits differ by (1.96 - 1.959964) * SE = 3.6e-5 * SE: invisible after rounding to whole
  // weeks, days or months on every reference data set.
  let compared = 0;
  for (const fixture of survivalFixtures) {
    const result = medianSpss(fitKaplanMeier(recordsOf(fixture)));
    const se = result.se;
    if (se === null) continue;
    const median = result.median!;
    for (const perUnit of [1, 30.4375]) {
      const spssLower: number = (median - 1.96 * se) / perUnit;
      const spssUpper: number = (median + 1.96 * se) / perUnit;
      assert.equal(roundHalfUp(result.lower! / perUnit, 0), roundHalfUp(spssLower, 0));
      assert.equal(roundHalfUp(result.upper! / perUnit, 0), roundHalfUp(spssUpper, 0));
      compared++;
    }
  }
  assert.ok(compared >= 10, `compared ${compared} intervals`);
});

Deno.test("medianSpss level changes only the width of the interval", () => {
  const fit = fitKaplanMeier(parse("1 2 3 4 5 6 7 8 9 10"));
  const narrow = medianSpss(fit, { level: 0.9 });
  assertNear(narrow.upper! - narrow.median!, 1.6448536269514722 * narrow.se!, "half width");
  assert.throws(() => medianSpss(fit, { level: 95 }), RangeError);
});
