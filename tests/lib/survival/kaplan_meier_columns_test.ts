/**
 * The columnar fit (`fitKaplanMeierColumns`) against the estimator as first written: a sort of
 * record objects and one pass over them. Whole-day times over a short range take the counting
 * sort, other times the numeric sort; both must give the same steps to the last bit.
 */
import assert from "node:assert/strict";
import {
  fitKaplanMeier,
  fitKaplanMeierColumns,
  type KaplanMeierFit,
  type KaplanMeierStep,
  type SurvivalRecord,
} from "../../../pipeline/lib/survival/kaplan_meier.ts";
import { randomRecords, seededRandom, shuffled } from "../_seeded_random.ts";

/** The estimator as it was before the columnar rewrite, kept here as the reference. */
function referenceFit(records: readonly SurvivalRecord[]): KaplanMeierFit {
  const sorted = [...records].sort((a, b) => a.time - b.time);
  const steps: KaplanMeierStep[] = [];
  let nRisk = sorted.length;
  let survival = 1;
  let greenwood = 0;
  let events = 0;
  for (let i = 0; i < sorted.length;) {
    const time = sorted[i]!.time;
    let nEvent = 0;
    let nCensor = 0;
    for (; i < sorted.length && sorted[i]!.time === time; i++) {
      if (sorted[i]!.event) nEvent++;
      else nCensor++;
    }
    if (nEvent > 0) {
      survival *= (nRisk - nEvent) / nRisk;
      greenwood += nEvent / (nRisk * (nRisk - nEvent));
    }
    steps.push({ time, nRisk, nEvent, nCensor, survival, sigma: Math.sqrt(greenwood) });
    events += nEvent;
    nRisk -= nEvent + nCensor;
  }
  return { n: records.length, events, steps };
}

function columns(records: readonly SurvivalRecord[]): [Float64Array, Uint8Array] {
  return [
    Float64Array.from(records, (r) => r.time),
    Uint8Array.from(records, (r) => (r.event ? 1 : 0)),
  ];
}

Deno.test("whole-day times (counting sort) give the reference fit to the last bit", () => {
  const random = seededRandom(11);
  for (let trial = 0; trial < 100; trial++) {
    const records = randomRecords(random, 1 + Math.floor(random() * 300), {
      maxDays: 1 + Math.floor(random() * 400),
      eventShare: random(),
    });
    const expected = referenceFit(records);
    assert.deepEqual(fitKaplanMeierColumns(...columns(records)), expected);
    assert.deepEqual(fitKaplanMeier(records), expected);
  }
});

Deno.test("fractional times and whole times over a wide range (numeric sort) give the reference fit", () => {
  const random = seededRandom(12);
  for (let trial = 0; trial < 100; trial++) {
    const n = 1 + Math.floor(random() * 300);
    const fractional = randomRecords(random, n).map((r) => ({ ...r, time: r.time / 8 + 0.125 }));
    // Range 10^9 for at most 300 subjects: far more buckets than the counting sort allows.
    const wide = randomRecords(random, n, { maxDays: 1e9 });
    for (const records of [fractional, wide]) {
      const expected = referenceFit(records);
      assert.deepEqual(fitKaplanMeierColumns(...columns(records)), expected);
      assert.deepEqual(fitKaplanMeier(shuffled(random, records)), expected);
    }
  }
});

Deno.test("fitKaplanMeierColumns counts -0 as 0 and a tie of events and censorings once", () => {
  const fit = fitKaplanMeierColumns([-0, 0, 2, 2, 2], new Uint8Array([0, 1, 1, 0, 1]));
  assert.ok(Object.is(fit.steps[0]!.time, 0));
  assert.deepEqual(
    fit.steps.map((s) => [s.time, s.nRisk, s.nEvent, s.nCensor]),
    [[0, 5, 1, 1], [2, 3, 2, 1]],
  );
  assert.equal(fit.steps[1]!.survival, (4 / 5) * (1 / 3));
});

Deno.test("fitKaplanMeierColumns says which subject has a bad time or event, and checks lengths", () => {
  assert.throws(
    () => fitKaplanMeierColumns(new Float64Array([1, 2]), new Uint8Array([1])),
    {
      name: "RangeError",
      message: "Expected as many events as times but found 1 events and 2 times",
    },
  );
  assert.throws(
    () => fitKaplanMeierColumns(new Float64Array([1, Infinity]), new Uint8Array([1, 0])),
    {
      name: "RangeError",
      message: /subject 1 to have a finite, non-negative time but found Infinity/,
    },
  );
  assert.throws(
    () => fitKaplanMeierColumns(new Float64Array([1, 2, 3]), new Uint8Array([1, 0, 2])),
    { name: "RangeError", message: /subject 2 to have an event of 0 or 1 but found 2/ },
  );
});

Deno.test("a million whole-day subjects fit into one step per distinct day", () => {
  const n = 1_000_000;
  const random = seededRandom(13);
  const times = new Int32Array(n);
  const events = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    times[i] = Math.floor(random() * 3650);
    events[i] = random() < 0.6 ? 1 : 0;
  }
  const fit = fitKaplanMeierColumns(times, events);
  assert.equal(fit.n, n);
  assert.equal(fit.steps.length, 3650);
  assert.equal(fit.steps.reduce((sum, s) => sum + s.nEvent + s.nCensor, 0), n);
  assert.equal(fit.events, events.reduce((sum, e) => sum + e, 0));
});
