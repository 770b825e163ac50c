import assert from "node:assert/strict";
import { curveOfPattern, designSurvivalTimes } from "../../data/synthetic/survival_design.ts";
import { OS_DESIGN, SUNITINIB_DESIGN } from "../../data/synthetic/calibrated/design.ts";
import { createRandom } from "../../data/synthetic/random.ts";
import { fitKaplanMeier } from "../../pipeline/lib/survival/kaplan_meier.ts";
import { medianSpss } from "../../pipeline/lib/survival/median_spss.ts";

Deno.test("curveOfPattern gives the Kaplan–Meier steps of an order of events and censorings", () => {
  // E E C E: S = 3/4, 3/4 * 2/3 = 1/2, stays 1/2 at the censoring, then 1/2 * 0/1 = 0.
  const { survival, greenwood } = curveOfPattern("EECE");
  assert.deepEqual(survival, [0.75, 0.5, 0.5, 0]);
  // Greenwood: 1/(4*3) + 1/(3*2) = 0.25 after two events.
  assert.ok(Math.abs(greenwood[1]! - 0.25) < 1e-12);
});

Deno.test("designSurvivalTimes keeps the pattern's order and puts the median where designed", () => {
  for (const seed of [1, 2, 3]) {
    const times = designSurvivalTimes(SUNITINIB_DESIGN, createRandom(seed, "test"));
    assert.deepEqual(times.map((t) => (t.event ? "E" : "C")).join(""), SUNITINIB_DESIGN.pattern);
    assert.ok(times.every((t, i) => i === 0 || t.days > times[i - 1]!.days), "strictly increasing");
    assert.equal(times.find((t) => t.role === "median")?.days, SUNITINIB_DESIGN.medianDays);
  }
});

Deno.test("designed overall survival gives 15 [3-27] months whatever the draws between anchors", () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    const times = designSurvivalTimes(OS_DESIGN, createRandom(seed, "os"));
    const fit = fitKaplanMeier(times.map((t) => ({ time: t.days / 30.4375, event: t.event })));
    const { median, lower, upper } = medianSpss(fit);
    // Median 457 days = 15.01 months; half-width 1.96 * SE = 12 months up to rounding to whole days.
    assert.ok(Math.abs(median! - 15.014) < 0.001, `median ${median}`);
    assert.ok(Math.abs(upper! - median! - 12) < 0.05, `upper ${upper}`);
    assert.ok(Math.abs(median! - lower! - 12) < 0.05, `lower ${lower}`);
  }
});

Deno.test("designSurvivalTimes refuses a pattern whose curve sits on 0.5 at an event", () => {
  // Two of four events: S = 0.5 exactly, where a median rule's tolerance decides.
  assert.throws(
    () =>
      designSurvivalTimes({
        pattern: "EEEE",
        medianDays: 10,
        halfWidthDays: 5,
        minDays: 1,
        maxDays: 40,
      }, createRandom(1, "x")),
    /within 0.002 of 0.5/,
  );
});

Deno.test("designSurvivalTimes says when the pinned times leave no room for the others", () => {
  assert.throws(
    () =>
      designSurvivalTimes(
        { ...SUNITINIB_DESIGN, pins: { ...SUNITINIB_DESIGN.pins, 0: 35, 1: 36, 2: 36 } },
        createRandom(1, "x"),
      ),
    /Expected room for 0 times between day 36 and day 36/,
  );
});
