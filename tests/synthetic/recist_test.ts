import assert from "node:assert/strict";
import { bestOverallResponse, timepointFromMeasurements } from "../../data/synthetic/recist.ts";
import { measureLine } from "../../data/synthetic/measurements.ts";
import type { Response } from "../../data/synthetic/model.ts";
import { createRandom } from "../../data/synthetic/random.ts";

const stable = { nontarget: "non-CR/non-PD" as const, newLesions: false };

Deno.test("timepointFromMeasurements applies the RECIST 1.1 thresholds", () => {
  // Baseline 100 mm: 70 is a 30% shrinkage (PR); 71 is not.
  assert.equal(timepointFromMeasurements(100, 100, { targetSum: 70, ...stable }), "PR");
  assert.equal(timepointFromMeasurements(100, 100, { targetSum: 71, ...stable }), "SD");
  // Nadir 20: 24 is +20% but only +4 mm, not PD (still PR against baseline); 25 is +25% and +5 mm.
  assert.equal(timepointFromMeasurements(100, 20, { targetSum: 24, ...stable }), "PR");
  assert.equal(timepointFromMeasurements(100, 20, { targetSum: 25, ...stable }), "PD");
  assert.equal(
    timepointFromMeasurements(100, 100, { targetSum: 90, nontarget: "PD", newLesions: false }),
    "PD",
  );
  assert.equal(
    timepointFromMeasurements(100, 100, { targetSum: 90, ...stable, newLesions: true }),
    "PD",
  );
  assert.equal(
    timepointFromMeasurements(100, 50, { targetSum: 0, nontarget: "none", newLesions: false }),
    "CR",
  );
});

Deno.test("bestOverallResponse counts SD only from day 42, and PD before any response", () => {
  assert.equal(bestOverallResponse([30, 60], ["SD", "PD"]), "PD");
  assert.equal(bestOverallResponse([30, 90], ["SD", "SD"]), "SD");
  assert.equal(bestOverallResponse([30], ["SD"]), "NE");
  assert.equal(bestOverallResponse([60, 120, 180], ["SD", "PR", "PD"]), "PR");
  assert.equal(bestOverallResponse([60, 120], ["PR", "CR"]), "CR");
  assert.equal(bestOverallResponse([], []), "NE");
});

Deno.test("measureLine writes sums that RECIST reads back as the designed time points", () => {
  const designs: Response[][] = [["SD", "SD", "PD"], ["PR", "PR", "PD"], ["SD", "PR", "CR", "PD"], [
    "PD",
  ], ["SD", "PR"]];
  for (let seed = 0; seed < 200; seed++) {
    const random = createRandom(seed, "measure");
    const design = designs[seed % designs.length]!;
    const dates = Array.from({ length: design.length + 1 }, (_, i) => `2020-0${i + 1}-15`);
    const profile = { nodalShare: seed % 3 === 0 ? 0.3 : 0, nontarget: seed % 2 === 0 };
    const rows = measureLine(dates, design, random.int(20, 160), profile, random);
    assert.deepEqual(rows.map((r) => r.timepoint), [null, ...design]);
    assert.ok(
      rows.every((r) => r.targetSum * 2 === Math.round(r.targetSum * 2)),
      "half millimetres",
    );
  }
});

Deno.test("measureLine can make the documented near-PR: a 24% shrinkage that stays SD", () => {
  const rows = measureLine(
    ["2020-01-01", "2020-03-01", "2020-05-01"],
    ["SD", "PD"],
    100,
    {
      nodalShare: 0,
      nontarget: false,
    },
    createRandom(1, "x"),
    { nearPartialResponse: true },
  );
  assert.equal(rows[1]!.targetSum, 76);
});
