import assert from "node:assert/strict";
import type { SurvivalRecord } from "../../../pipeline/lib/survival/kaplan_meier.ts";
import { logRank } from "../../../pipeline/lib/survival/log_rank.ts";
import { chiSquareUpperTail } from "../../../pipeline/lib/math/chi_square_upper_tail.ts";
import { seededRandom, shuffled } from "../_seeded_random.ts";

/** Records and groups from "a:1 a:3 a:3+ b:3": group, time, a trailing + for a censored time. */
function parse(text: string): { records: SurvivalRecord[]; groups: string[] } {
  const items = text.split(" ").map((item) => item.split(":") as [string, string]);
  return {
    records: items.map(([, t]) => ({ time: Number.parseFloat(t), event: !t.endsWith("+") })),
    groups: items.map(([g]) => g),
  };
}

const close = (actual: number, expected: number, label: string) =>
  assert.ok(
    Math.abs(actual - expected) <= 1e-15 * Math.max(1, Math.abs(expected)),
    `${label}: ${actual} vs ${expected}`,
  );

Deno.test("logRank counts tied events together and keeps a censoring tied with them at risk", () => {
  // Six subjects, A: 1, 3, 3+ and B: 3, 4+, 5.
  // t=1: n=6 (A 3, B 3), d=1. E_A = 1·3/6 = 1/2. V = d(n-d)/(n-1) · n_A n_B / n² = 1 · 9/36 = 1/4.
  // t=3: n=5 (A 2, the censored A still at risk; B 3), d=2 (one A, one B).
  //      E_A += 2·2/5 = 4/5. V += 2·3/4 · 2·3/25 = 9/25.
  // t=5: n=1 (B), d=1: E_A += 0, and one subject at risk adds no variance.
  // O_A = 2, E_A = 13/10, O_A - E_A = 7/10, V = 1/4 + 9/25 = 61/100: chi-square = 0.49/0.61 = 49/61.
  // O_B = 2, E_B = 4 - 13/10 = 27/10.
  const { records, groups } = parse("A:1 A:3 A:3+ B:3 B:4+ B:5");
  const result = logRank(records, groups);
  assert.deepEqual(result.groups.map((g) => [g.level, g.n, g.observed]), [["A", 3, 2], [
    "B",
    3,
    2,
  ]]);
  close(result.groups[0]!.expected, 13 / 10, "E_A");
  close(result.groups[1]!.expected, 27 / 10, "E_B");
  close(result.groups[0]!.deviationOverExpected, 0.49 / 1.3, "(O-E)^2/E for A");
  close(result.groups[1]!.deviationOverExpected, 0.49 / 2.7, "(O-E)^2/E for B");
  close(result.groups[0]!.deviationOverVariance, 49 / 61, "(O-E)^2/V for A");
  close(result.variance[0]![0]!, 61 / 100, "V_AA");
  close(result.variance[0]![1]!, -61 / 100, "V_AB");
  close(result.test.statistic, 49 / 61, "chi-square");
  assert.equal(result.test.df, 1);
  close(result.test.pValue!, chiSquareUpperTail(49 / 61, 1), "p-value");
  assert.deepEqual([result.n, result.events, result.warnings], [6, 4, []]);
});

Deno.test("logRank does not depend on the order of the records, and levels fix the row order", () => {
  const random = seededRandom(11);
  const records = Array.from({ length: 200 }, () => ({
    time: Math.floor(random() * 30),
    event: random() < 0.7,
  }));
  const groups = records.map(() => ["x", "y", "z"][Math.floor(random() * 3)]!);
  const base = logRank(records, groups);
  const order = shuffled(random, records.map((_, i) => i));
  const again = logRank(order.map((i) => records[i]!), order.map((i) => groups[i]!));
  assert.deepEqual(
    again.groups.map((g) => [g.observed, g.n]),
    base.groups.map((g) => [g.observed, g.n]),
  );
  close(again.test.statistic, base.test.statistic, "statistic after shuffling");
  const reordered = logRank(records, groups, { levels: ["z", "x", "y"] });
  assert.deepEqual(reordered.groups.map((g) => g.level), ["z", "x", "y"]);
  assert.ok(Math.abs(reordered.test.statistic - base.test.statistic) < 1e-12 * base.test.statistic);
  assert.equal(reordered.test.df, 2);
});

Deno.test("logRank refuses fewer than two groups with subjects, as R's survdiff does", () => {
  const { records, groups } = parse("a:1 a:2 a:3+");
  assert.throws(() => logRank(records, groups), {
    name: "RangeError",
    message: 'Expected at least two groups with subjects but found 1 (["a"])',
  });
  assert.throws(() => logRank(records, groups, { levels: ["a", "b"] }), /found 1/);
  assert.throws(() => logRank(records, ["a", "b"]), /one group per record \(3\) but found 2/);
  assert.throws(
    () => logRank(records, groups, { levels: ["b", "c"] }),
    /one of \["b","c"\] but found "a"/,
  );
});

Deno.test("a level without subjects keeps its row, with a warning, and does not change the test", () => {
  const { records, groups } = parse("a:1 a:3 b:2 b:4+");
  const plain = logRank(records, groups);
  const withEmpty = logRank(records, groups, { levels: ["a", "none", "b"] });
  assert.deepEqual(withEmpty.groups[1], {
    level: "none",
    n: 0,
    observed: 0,
    expected: 0,
    deviationOverExpected: NaN,
    deviationOverVariance: NaN,
  });
  assert.equal(withEmpty.test.statistic, plain.test.statistic);
  assert.equal(withEmpty.test.df, 1);
  assert.deepEqual(withEmpty.warnings.map((w) => [w.code, w.levels]), [["empty-group", ["none"]]]);
});

Deno.test("a group never at risk at an event time is left out of the test with a warning", () => {
  // c is censored at 0.5, before the first event: E_c = 0, so 2 groups are tested on 1 df.
  const { records, groups } = parse("c:0.5+ c:0.5+ a:1 a:3 b:2 b:4+");
  const result = logRank(records, groups);
  const without = parse("a:1 a:3 b:2 b:4+");
  assert.equal(result.test.statistic, logRank(without.records, without.groups).test.statistic);
  assert.equal(result.test.df, 1);
  assert.ok(Number.isNaN(result.groups[2]!.deviationOverExpected));
  assert.deepEqual(result.warnings.map((w) => [w.code, w.levels]), [["not-at-risk", ["c"]]]);
});

Deno.test("with every subject censored there is no test: chi-square 0 on 0 df, p-value null", () => {
  const { records, groups } = parse("a:1+ a:2+ b:3+ b:4+");
  const result = logRank(records, groups);
  assert.deepEqual(result.test, { statistic: 0, df: 0, pValue: null });
  assert.deepEqual(result.groups.map((g) => g.expected), [0, 0]);
  assert.deepEqual(result.warnings.map((w) => w.code), ["not-at-risk", "no-test"]);
});

Deno.test("a zero variance (everyone at risk has the event at once) gives no p-value, where R stops", () => {
  // t=1: n=2, d=2: E_a = E_b = 1 = O, and V = d(n-d)/(n-1)·... = 0. R: "exactly singular".
  const { records, groups } = parse("a:1 b:1");
  const result = logRank(records, groups);
  assert.deepEqual(result.variance, [[0, 0], [0, 0]]);
  assert.deepEqual(result.test, { statistic: 0, df: 0, pValue: null });
  assert.deepEqual(result.warnings.map((w) => [w.code, w.levels]), [["singular-variance", [
    "a",
    "b",
  ]]]);
});
