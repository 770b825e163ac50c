import assert from "node:assert/strict";
import {
  fitKaplanMeier,
  type SurvivalRecord,
} from "../../../pipeline/lib/survival/kaplan_meier.ts";
import {
  type BandMethod,
  confidenceBand,
  medianFromBand,
} from "../../../pipeline/lib/survival/median_band.ts";
import { survivalAtLandmarks } from "../../../pipeline/lib/survival/landmarks.ts";
import { medianFollowUp } from "../../../pipeline/lib/survival/reverse_kaplan_meier.ts";

/** Records from "1 2+ 3": a trailing + marks a censored time. */
function parse(text: string): SurvivalRecord[] {
  return text.split(" ").map((t) => ({ time: Number.parseFloat(t), event: !t.endsWith("+") }));
}

function deaths(n: number): SurvivalRecord[] {
  return Array.from({ length: n }, (_, i) => ({ time: i + 1, event: true }));
}

Deno.test("medianFromBand takes the midpoint when the curve is flat at 0.5 before a later drop", () => {
  // Deaths at 1..4: S = 0.75, 0.5, 0.25, 0. S = 0.5 on [2, 3), so the median is (2 + 3) / 2.
  // Log band, lower: at 1, sigma^2 = 1/(4*3), 0.75 * exp(-1.96 * 0.2887) = 0.426 < 0.5 -> 1.
  // Upper: 0.5 * exp(1.96 * 0.5) = 1.33 -> 1 at 2; 0.25 * exp(1.96 * sqrt(0.75)) = 1.36 -> 1
  // at 3; undefined at 4 (S = 0): never below 0.5, so null.
  assert.deepEqual(medianFromBand(fitKaplanMeier(deaths(4)), "log"), {
    median: 2.5,
    lower: 1,
    upper: null,
  });
});

Deno.test("medianFromBand's midpoint runs to the next drop, skipping censored times", () => {
  // S = 0.75 at 1, 0.5 at 2, still 0.5 at the censoring at 3, 0 at 4: (2 + 4) / 2 = 3.
  assert.equal(medianFromBand(fitKaplanMeier(parse("1 2 3+ 4")), "log").median, 3);
  // Flat at 0.5 to the end: no later drop, so the first time at 0.5.
  assert.equal(medianFromBand(fitKaplanMeier(parse("1 2 3+ 4+")), "log").median, 2);
});

Deno.test("medianFromBand treats S within sqrt(machine epsilon) of 0.5 as 0.5", () => {
  // 24 deaths: S at 12 is 0.5000000000000001 in doubles; 20 deaths: 0.49999999999999994 at 10.
  const fit24 = fitKaplanMeier(deaths(24));
  const fit20 = fitKaplanMeier(deaths(20));
  assert.notEqual(fit24.steps[11]!.survival, 0.5);
  assert.notEqual(fit20.steps[9]!.survival, 0.5);
  assert.equal(medianFromBand(fit24, "plain").median, 12.5);
  assert.equal(medianFromBand(fit20, "plain").median, 10.5);
});

Deno.test("confidenceBand leaves undefined limits as NaN, as R leaves them NA", () => {
  // A censoring at 1 (S = 1), a death at 2 (n = 4, S = 0.75), all remaining die at 3 (S = 0).
  const fit = fitKaplanMeier(parse("1+ 2 2+ 3 3"));
  const finite = (method: BandMethod) =>
    confidenceBand(fit, method).map((b) => [Number.isFinite(b.lower), Number.isFinite(b.upper)]);
  assert.deepEqual(finite("log"), [[true, true], [true, true], [false, false]]);
  assert.deepEqual(finite("loglog"), [[false, false], [true, true], [false, false]]);
  assert.deepEqual(finite("plain"), [[true, true], [true, true], [false, false]]);
  assert.deepEqual(confidenceBand(fit, "log")[0], { time: 1, lower: 1, upper: 1 });
  // Plain at 2: sigma^2 = 1 / (4 * 3), half width 1.959964 * 0.75 * 0.288675 = 0.424345.
  const plain = confidenceBand(fit, "plain")[1]!;
  assert.ok(Math.abs(plain.lower - (0.75 - 1.9599639845400536 * 0.75 * Math.sqrt(1 / 12))) < 1e-15);
  assert.equal(plain.upper, 1);
  assert.throws(() => confidenceBand(fit, "logit" as BandMethod), /log, loglog or plain/);
});

Deno.test("survivalAtLandmarks follows summary(fit, times =, extend = TRUE)", () => {
  const fit = fitKaplanMeier(parse("1+ 2 2+ 3 3"));
  const rows = survivalAtLandmarks(fit, [0.5, 1, 2, 2.5, 9], "loglog");
  // Before the first step, R's added time-0 row: S = 1 with limits 1 to 1.
  assert.deepEqual(rows[0], { time: 0.5, nRisk: 5, survival: 1, lower: 1, upper: 1 });
  // At the censoring at 1, S is still 1 and the log-log band is undefined.
  assert.deepEqual(rows[1], { time: 1, nRisk: 5, survival: 1, lower: null, upper: null });
  assert.deepEqual(rows.map((r) => r.nRisk), [5, 5, 4, 2, 0]);
  assert.deepEqual(rows.map((r) => r.survival), [1, 1, 0.75, 0.75, 0]);
  assert.deepEqual([rows[4]!.lower, rows[4]!.upper], [null, null]);
});

Deno.test("medianFollowUp swaps deaths and censorings before reading the median", () => {
  // Follow-up 1 (death), 2+, 3 (death), 4+, 5+. Reversed: 1+, 2, 3+, 4, 5.
  // t=2: n=4, S = 0.75; t=4: n=2, S = 0.375 < 0.5: median follow-up 4.
  assert.equal(medianFollowUp(parse("1 2+ 3 4+ 5+")).median, 4);
  // Everyone died: nobody's follow-up is "complete", so no median.
  assert.deepEqual(medianFollowUp(parse("1 2 3")), { median: null, lower: null, upper: null });
  assert.throws(() => medianFollowUp([{ time: 1, event: "yes" as unknown as boolean }]), TypeError);
});
