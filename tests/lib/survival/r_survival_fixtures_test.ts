import assert from "node:assert/strict";
import { fitKaplanMeier } from "../../../pipeline/lib/survival/kaplan_meier.ts";
import {
  type BandMethod,
  confidenceBand,
  medianFromBand,
} from "../../../pipeline/lib/survival/median_band.ts";
import { survivalAtLandmarks } from "../../../pipeline/lib/survival/landmarks.ts";
import { medianFollowUp } from "../../../pipeline/lib/survival/reverse_kaplan_meier.ts";
import { assertAgrees, recordsOf, survivalFixtures } from "../_r_fixtures.ts";

// Fixtures: tests/lib/fixtures/make_fixtures.R (R 4.2.2, survival 3.5-3). Agreement is
// required within 1e-9 (relative above 1); the data sets are aml (all and by arm), lung, the
// Freireich 6-MP and placebo arms, and three small hand-made or seeded sets with awkward ties.
const METHODS: BandMethod[] = ["log", "loglog", "plain"];

assert.ok(survivalFixtures.length >= 8, "the fixture file lists the data sets");

for (const fixture of survivalFixtures) {
  const fit = fitKaplanMeier(recordsOf(fixture));

  Deno.test(`fitKaplanMeier matches survfit's step table on ${fixture.name}`, () => {
    assert.equal(fit.n, fixture.n);
    assert.equal(fit.events, fixture.events);
    const steps = fixture.steps;
    assert.deepEqual(fit.steps.map((s) => s.time), steps.time);
    assert.deepEqual(fit.steps.map((s) => s.nRisk), steps.n_risk);
    assert.deepEqual(fit.steps.map((s) => s.nEvent), steps.n_event);
    assert.deepEqual(fit.steps.map((s) => s.nCensor), steps.n_censor);
    fit.steps.forEach((step, i) => {
      assertAgrees(step.survival, steps.surv![i], `surv at ${step.time}`);
      assertAgrees(step.sigma, steps.std_err![i], `std.err at ${step.time}`);
    });
  });

  for (const method of METHODS) {
    Deno.test(`confidenceBand matches survfit's ${method} band on ${fixture.name}`, () => {
      const band = confidenceBand(fit, method);
      assert.equal(band.length, fixture.steps.time!.length);
      band.forEach((limits, i) => {
        assertAgrees(limits.lower, fixture.steps[`lower_${method}`]![i], `lower at ${limits.time}`);
        assertAgrees(limits.upper, fixture.steps[`upper_${method}`]![i], `upper at ${limits.time}`);
      });
    });

    Deno.test(`medianFromBand matches print.survfit (${method}) on ${fixture.name}`, () => {
      const expected = fixture.medians[method];
      const actual = medianFromBand(fit, method);
      assertAgrees(actual.median, expected.median, "median");
      assertAgrees(actual.lower, expected.lower, "lower limit");
      assertAgrees(actual.upper, expected.upper, "upper limit");
    });

    Deno.test(`survivalAtLandmarks matches summary(times =) (${method}) on ${fixture.name}`, () => {
      const expected = fixture.landmarks[method];
      const actual = survivalAtLandmarks(fit, expected.time, method);
      assert.deepEqual(actual.map((l) => l.time), expected.time);
      assert.deepEqual(actual.map((l) => l.nRisk), expected.n_risk);
      actual.forEach((landmark, i) => {
        assertAgrees(landmark.survival, expected.surv[i], `surv at ${landmark.time}`);
        assertAgrees(landmark.lower, expected.lower[i], `lower at ${landmark.time}`);
        assertAgrees(landmark.upper, expected.upper[i], `upper at ${landmark.time}`);
      });
    });
  }

  Deno.test(`medianFollowUp matches the reverse survfit on ${fixture.name}`, () => {
    const actual = medianFollowUp(recordsOf(fixture));
    assertAgrees(actual.median, fixture.follow_up.median, "median follow-up");
    assertAgrees(actual.lower, fixture.follow_up.lower, "lower limit");
    assertAgrees(actual.upper, fixture.follow_up.upper, "upper limit");
  });
}
