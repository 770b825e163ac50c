import assert from "node:assert/strict";
import {
  fitKaplanMeier,
  survivalAt,
  type SurvivalRecord,
} from "../../../pipeline/lib/survival/kaplan_meier.ts";
import { confidenceBand, medianFromBand } from "../../../pipeline/lib/survival/median_band.ts";
import { medianSpss } from "../../../pipeline/lib/survival/median_spss.ts";
import { randomRecords, seededRandom, shuffled } from "../_seeded_random.ts";

/** Records from "1 2+ 3": a trailing + marks a censored time. */
function parse(text: string): SurvivalRecord[] {
  return text.split(" ").map((t) => ({ time: Number.parseFloat(t), event: !t.endsWith("+") }));
}

// A small, deliberately messy set: a censoring at 0, two deaths and a censoring tied at 3,
// a censoring before any death, and a last time with only a censoring.
const MESSY = parse("0+ 2+ 3 3 3+ 5 8+ 8 10+");

Deno.test("fitKaplanMeier counts a censoring tied with an event as at risk", () => {
  // n = 9. t=0: censor (8 left). t=2: censor (7 left). t=3: n=7, d=2, c=1: S = 5/7,
  // sigma^2 = 2/(7*5) = 2/35. t=5: n=4, d=1: S = 5/7 * 3/4 = 15/28, sigma^2 += 1/(4*3).
  // t=8: n=3, d=1, c=1: S = 15/28 * 2/3 = 5/14, sigma^2 += 1/(3*2). t=10: n=1, c=1.
  const fit = fitKaplanMeier(MESSY);
  assert.equal(fit.n, 9);
  assert.equal(fit.events, 4);
  const rows = fit.steps.map((s) => `${s.time}: n=${s.nRisk} d=${s.nEvent} c=${s.nCensor}`);
  assert.deepEqual(rows, [
    "0: n=9 d=0 c=1",
    "2: n=8 d=0 c=1",
    "3: n=7 d=2 c=1",
    "5: n=4 d=1 c=0",
    "8: n=3 d=1 c=1",
    "10: n=1 d=0 c=1",
  ]);
  const expected = [1, 1, 5 / 7, 15 / 28, 5 / 14, 5 / 14];
  fit.steps.forEach((s, i) => assert.ok(Math.abs(s.survival - expected[i]!) < 1e-15));
  const sigma2 = [0, 0, 2 / 35, 2 / 35 + 1 / 12, 2 / 35 + 1 / 12 + 1 / 6, 2 / 35 + 1 / 12 + 1 / 6];
  fit.steps.forEach((s, i) => assert.ok(Math.abs(s.sigma ** 2 - sigma2[i]!) < 1e-15));
});

Deno.test("fitKaplanMeier makes sigma Infinity once everyone left at risk has the event", () => {
  const fit = fitKaplanMeier(parse("1 2+ 4 4"));
  assert.deepEqual(fit.steps.at(-1), {
    time: 4,
    nRisk: 2,
    nEvent: 2,
    nCensor: 0,
    survival: 0,
    sigma: Infinity,
  });
});

Deno.test("fitKaplanMeier of no records has no steps and no median", () => {
  const fit = fitKaplanMeier([]);
  assert.deepEqual(fit, { n: 0, events: 0, steps: [] });
  assert.deepEqual(medianFromBand(fit, "log"), { median: null, lower: null, upper: null });
  assert.equal(medianSpss(fit).median, null);
  assert.deepEqual(survivalAt(fit, 5), { survival: 1, sigma: 0, nRisk: 0 });
});

Deno.test("fitKaplanMeier rejects a negative or missing time and a non-boolean event", () => {
  assert.throws(
    () => fitKaplanMeier([{ time: 1, event: true }, { time: -3, event: true }]),
    { name: "RangeError", message: /record 1 .* non-negative time but found -3/ },
  );
  assert.throws(() => fitKaplanMeier([{ time: NaN, event: false }]), RangeError);
  assert.throws(
    () => fitKaplanMeier([{ time: 1, event: 1 as unknown as boolean }]),
    { name: "TypeError", message: /boolean event but found 1/ },
  );
});

Deno.test("survivalAt is right-continuous and counts those still followed at the time", () => {
  const fit = fitKaplanMeier(MESSY);
  assert.deepEqual(survivalAt(fit, 0), { survival: 1, sigma: 0, nRisk: 9 });
  const at3 = survivalAt(fit, 3);
  assert.equal(at3.survival, fit.steps[2]!.survival); // the drop at 3 is included at 3
  assert.equal(at3.nRisk, 7); // and the 7 followed to day 3 are at risk at 3
  assert.deepEqual(survivalAt(fit, 4), { ...survivalAt(fit, 3), nRisk: 4 });
  assert.equal(survivalAt(fit, 10).nRisk, 1);
  assert.equal(survivalAt(fit, 10.5).nRisk, 0);
  assert.equal(survivalAt(fit, 1e9).survival, fit.steps.at(-1)!.survival);
  assert.throws(() => survivalAt(fit, NaN), RangeError);
});

Deno.test("fitKaplanMeier does not depend on the row order of its input", () => {
  const random = seededRandom(1);
  for (let trial = 0; trial < 50; trial++) {
    const records = randomRecords(random, 1 + Math.floor(random() * 80), { maxDays: 40 });
    const fit = fitKaplanMeier(records);
    assert.deepEqual(fitKaplanMeier(shuffled(random, records)), fit);
    assert.deepEqual(fitKaplanMeier([...records].reverse()), fit);
  }
});

Deno.test("S(t) is non-increasing, within [0, 1], and the counts add up", () => {
  const random = seededRandom(2);
  for (let trial = 0; trial < 200; trial++) {
    const records = randomRecords(random, 1 + Math.floor(random() * 120), {
      maxDays: 1 + Math.floor(random() * 200),
      eventShare: random(),
    });
    const fit = fitKaplanMeier(records);
    let previous = 1;
    let followed = records.length;
    for (const step of fit.steps) {
      assert.ok(step.survival <= previous && step.survival >= 0, `S at ${step.time}`);
      assert.equal(step.nRisk, followed);
      followed -= step.nEvent + step.nCensor;
      previous = step.survival;
    }
    assert.equal(followed, 0);
    assert.equal(fit.events, records.filter((r) => r.event).length);
  }
});

Deno.test("every band contains S, and every median CI contains the median", () => {
  const random = seededRandom(3);
  for (let trial = 0; trial < 200; trial++) {
    const fit = fitKaplanMeier(randomRecords(random, 5 + Math.floor(random() * 100)));
    for (const method of ["log", "loglog", "plain"] as const) {
      confidenceBand(fit, method).forEach((limits, i) => {
        const s = fit.steps[i]!.survival;
        if (Number.isFinite(limits.lower)) assert.ok(limits.lower <= s && limits.upper >= s);
      });
      const { median, lower, upper } = medianFromBand(fit, method);
      if (median !== null && lower !== null) assert.ok(lower <= median, `${method} lower`);
      if (median !== null && upper !== null) assert.ok(upper >= median, `${method} upper`);
    }
  }
});
