import assert from "node:assert/strict";
import {
  BEST_RESPONSE_DEFAULTS,
  deriveBestOverallResponse,
} from "../../pipeline/derive/recist/mod.ts";
import type { Response } from "../../pipeline/derive/recist/mod.ts";
import { day, options, START, timepoints } from "./_recist_helpers.ts";

Deno.test("deriveBestOverallResponse of no time-point is NE with no dates", () => {
  assert.deepEqual(deriveBestOverallResponse([], options()), {
    response: "NE",
    responseDate: null,
    progressionDate: null,
  });
});

Deno.test("deriveBestOverallResponse refuses unsorted or same-day time-points rather than sorting", () => {
  assert.throws(
    () => deriveBestOverallResponse(timepoints([[84, "SD"], [56, "PR"]]), options()),
    /Expected time-point 2 to be dated after 2020-03-25 \(time-point 1\) but found "2020-02-26"/,
  );
  assert.throws(
    () => deriveBestOverallResponse(timepoints([[56, "SD"], [56, "PR"]]), options()),
    RangeError,
  );
});

Deno.test("deriveBestOverallResponse refuses a time-point on or before the line start", () => {
  assert.throws(
    () => deriveBestOverallResponse(timepoints([[0, "SD"]]), options()),
    /time-point 1 to be dated after 2020-01-01 \(the line start\)/,
  );
});

Deno.test("deriveBestOverallResponse refuses an unknown response code and malformed options", () => {
  const odd = [{ date: day(56), response: "MR" as Response }];
  assert.throws(() => deriveBestOverallResponse(odd, options()), TypeError);
  assert.throws(
    () => deriveBestOverallResponse([], options({ minimumStableDiseaseDays: 41.5 })),
    /minimumStableDiseaseDays to be a whole number of days >= 0 but found 41.5/,
  );
  assert.throws(
    () => deriveBestOverallResponse([], options({ minimumConfirmationDays: -1 })),
    RangeError,
  );
  assert.throws(
    () => deriveBestOverallResponse([], options({ startDate: "2020-1-1" })),
    /startDate/,
  );
});

Deno.test("deriveBestOverallResponse reports the first PD date even when the best response is PR", () => {
  const best = deriveBestOverallResponse(
    timepoints([[30, "SD"], [56, "PR"], [84, "PR"], [140, "PD"], [200, "PD"]]),
    options(),
  );
  assert.deepEqual(best, { response: "PR", responseDate: day(56), progressionDate: day(140) });
});

Deno.test("deriveBestOverallResponse dates SD at the first SD-or-better time-point past the interval", () => {
  // SD at 30 (too early), NE at 45, SD at 60: SD is met at day 60.
  const best = deriveBestOverallResponse(
    timepoints([[30, "SD"], [45, "NE"], [60, "SD"]]),
    options(),
  );
  assert.deepEqual(best, { response: "SD", responseDate: day(60), progressionDate: null });
});

Deno.test("deriveBestOverallResponse prefers a CR anywhere before PD over an earlier PR", () => {
  const best = deriveBestOverallResponse(timepoints([[56, "PR"], [112, "CR"]]), options());
  assert.deepEqual(best, { response: "CR", responseDate: day(112), progressionDate: null });
});

Deno.test("deriveBestOverallResponse is NE when only NE time-points precede no PD", () => {
  const best = deriveBestOverallResponse(timepoints([[20, "NE"], [60, "NE"]]), options());
  assert.equal(best.response, "NE");
});

Deno.test("deriveBestOverallResponse is PD when only too-early NE time-points precede the PD", () => {
  const best = deriveBestOverallResponse(timepoints([[20, "NE"], [50, "PD"]]), options());
  assert.deepEqual(best, { response: "PD", responseDate: day(50), progressionDate: day(50) });
});

Deno.test("with BEST_RESPONSE_DEFAULTS, SD one day short of the minimum interval is not SD", () => {
  const minimum = BEST_RESPONSE_DEFAULTS.minimumStableDiseaseDays;
  const options = { startDate: START, ...BEST_RESPONSE_DEFAULTS };
  assert.equal(
    deriveBestOverallResponse(timepoints([[minimum - 1, "SD"]]), options).response,
    "NE",
  );
  assert.equal(deriveBestOverallResponse(timepoints([[minimum, "SD"]]), options).response, "SD");
});

Deno.test("deriveBestOverallResponse is PD when a not-evaluable time-point past the interval precedes the PD", () => {
  // NE at day 60 >= 42 shows nothing; the PD at day 120 is the first evaluable assessment (4.4.3).
  const best = deriveBestOverallResponse(timepoints([[60, "NE"], [120, "PD"]]), options());
  assert.deepEqual(best, { response: "PD", responseDate: day(120), progressionDate: day(120) });
});

Deno.test("deriveBestOverallResponse is PD after SD too early then NE then PD", () => {
  // SD at 30 < 42 does not count, NE at 60 is not evaluable: the PD at 90 decides.
  const best = deriveBestOverallResponse(
    timepoints([[30, "SD"], [60, "NE"], [90, "PD"]]),
    options(),
  );
  assert.deepEqual(best, { response: "PD", responseDate: day(90), progressionDate: day(90) });
});

Deno.test("deriveBestOverallResponse keeps an SD met before an NE and a PD", () => {
  // SD at 50 >= 42 counts: NE then PD later do not turn it into PD.
  const best = deriveBestOverallResponse(
    timepoints([[50, "SD"], [100, "NE"], [150, "PD"]]),
    options(),
  );
  assert.deepEqual(best, { response: "SD", responseDate: day(50), progressionDate: day(150) });
});
