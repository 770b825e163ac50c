import assert from "node:assert/strict";
import { deriveTimepointResponses } from "../../pipeline/derive/recist/mod.ts";
import { day, measured } from "./_recist_helpers.ts";

Deno.test("deriveTimepointResponses returns no time-point for no follow-up", () => {
  assert.deepEqual(deriveTimepointResponses(measured(-7, 100), []), []);
});

Deno.test("deriveTimepointResponses gives percent changes from baseline and from the nadir before", () => {
  // 100 -> 50: -50% from baseline and from nadir 100; 50 -> 60: -40% from baseline, +20% from 50.
  const [first, second] = deriveTimepointResponses(measured(-7, 100), [
    measured(56, 50),
    measured(112, 60),
  ]);
  assert.deepEqual(first, {
    date: day(56),
    response: "PR",
    percentChangeFromBaseline: -50,
    percentChangeFromNadir: -50,
  });
  assert.deepEqual(second, {
    date: day(112),
    response: "PD",
    percentChangeFromBaseline: -40,
    percentChangeFromNadir: 20,
  });
});

Deno.test("deriveTimepointResponses leaves percent changes null without a sum or with a nadir of 0", () => {
  const result = deriveTimepointResponses(measured(-7, 30), [
    measured(56, null),
    measured(84, 0),
    measured(112, 3),
  ]);
  assert.deepEqual(result.map((t) => t.percentChangeFromBaseline), [null, -100, -90]);
  assert.deepEqual(result.map((t) => t.percentChangeFromNadir), [null, -100, null]);
  // 3 mm after a CR is a lesion seen again: PD (RECIST 1.1 Table 3 footnote).
  assert.deepEqual(result.map((t) => t.response), ["NE", "CR", "PD"]);
});

Deno.test("deriveTimepointResponses ignores follow-up sums when the baseline has no target sum", () => {
  // Table 2 line: a stray follow-up sum has no reference, so no PD and no percent change.
  const [only] = deriveTimepointResponses(measured(-7, null, { nonTarget: "non-CR/non-PD" }), [
    measured(56, 500, { nonTarget: "non-CR/non-PD" }),
  ]);
  assert.equal(only?.response, "SD");
  assert.equal(only?.percentChangeFromBaseline, null);
});

Deno.test("deriveTimepointResponses refuses unsorted follow-ups rather than sorting them", () => {
  assert.throws(
    () => deriveTimepointResponses(measured(-7, 100), [measured(112, 60), measured(56, 50)]),
    /Expected follow-up 2 to be dated after 2020-04-22 \(follow-up 1\) but found 2020-02-26/,
  );
});

Deno.test("deriveTimepointResponses refuses two follow-ups on the same date", () => {
  assert.throws(
    () => deriveTimepointResponses(measured(-7, 100), [measured(56, 60), measured(56, 50)]),
    RangeError,
  );
});

Deno.test("deriveTimepointResponses refuses a follow-up dated on or before the baseline", () => {
  assert.throws(
    () => deriveTimepointResponses(measured(-7, 100), [measured(-7, 60)]),
    /follow-up 1 to be dated after 2019-12-25 \(the baseline\)/,
  );
});

Deno.test("deriveTimepointResponses refuses a baseline target sum of 0 mm", () => {
  assert.throws(
    () => deriveTimepointResponses(measured(-7, 0), [measured(56, 0)]),
    /baseline target sum > 0 mm .* but found 0/,
  );
});

Deno.test("deriveTimepointResponses refuses negative, non-finite and inconsistent measurements", () => {
  const ok = measured(-7, 100);
  assert.throws(
    () => deriveTimepointResponses(ok, [measured(56, -1)]),
    /follow-up 1: expected targetSumMm to be a number >= 0/,
  );
  assert.throws(() => deriveTimepointResponses(ok, [measured(56, Number.NaN)]), RangeError);
  assert.throws(
    () => deriveTimepointResponses(ok, [measured(56, 20, { nodalSumMm: 25 })]),
    /expected nodalSumMm \(25\) to be at most targetSumMm \(20\)/,
  );
  assert.throws(
    () => deriveTimepointResponses(ok, [measured(56, 20, { nodalSumMm: 8, nodalMaxMm: 9 })]),
    /expected nodalMaxMm \(9\) to be at most nodalSumMm \(8\)/,
  );
  assert.throws(
    () => deriveTimepointResponses({ ...ok, date: "2019-02-30" }, []),
    /baseline: expected a date as YYYY-MM-DD but found "2019-02-30"/,
  );
});

Deno.test("deriveTimepointResponses lets a nodal sum under 10 mm stand in for a missing largest node", () => {
  // Non-nodal 8 - 8 = 0 and the largest node is at most the nodal sum 8 < 10: CR.
  // With a nodal sum of 12 the largest node could be 10 or more: no CR, 120 <= 280: PR.
  const baseline = measured(-7, 40, { nodalSumMm: 20, nodalMaxMm: 20 });
  const responses = deriveTimepointResponses(baseline, [
    measured(56, 8, { nodalSumMm: 8 }),
  ]).concat(deriveTimepointResponses(baseline, [measured(56, 12, { nodalSumMm: 12 })]));
  assert.deepEqual(responses.map((t) => t.response), ["CR", "PR"]);
});
