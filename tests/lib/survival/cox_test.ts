import assert from "node:assert/strict";
import { type CoxTerm, fitCox } from "../../../pipeline/lib/survival/cox.ts";
import { logRank } from "../../../pipeline/lib/survival/log_rank.ts";
import { randomRecords, seededRandom, shuffled } from "../_seeded_random.ts";

const close = (actual: number, expected: number, label: string, tolerance = 1e-12) =>
  assert.ok(
    Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected)),
    `${label}: ${actual} vs ${expected}`,
  );

// Six subjects without ties, A: 1, 3+, 5 and B: 2, 4, 6+ (x = 1 for B).
const TIMES = [1, 3, 5, 2, 4, 6];
const RECORDS = TIMES.map((time, i) => ({ time, event: i !== 1 && i !== 5 }));
const ARM: CoxTerm = { kind: "factor", name: "arm", values: ["A", "A", "A", "B", "B", "B"] };

Deno.test("the Cox score test equals the log-rank statistic on untied data, by hand", () => {
  // At β = 0 each event contributes x - (share of B in its risk set) to U and that share's
  // p(1 - p) to the information I:
  //   t=1 (A): 6 at risk, 3 B: U -= 3/6, I += 1/4.   t=2 (B): 5 at risk, 3 B: U += 1 - 3/5, I += 6/25.
  //   t=4 (B): 3 at risk, 2 B: U += 1 - 2/3, I += 2/9. t=5 (A): 2 at risk, 1 B: U -= 1/2, I += 1/4.
  // U = -4/15, I = 433/450, score = U²/I = 32/433. log L(0) = -log(6·5·3·2) = -log 180.
  // The log-rank test gives O_B - E_B = 2 - 34/15 and V = 433/450 (d = 1: no tie correction).
  for (const ties of ["efron", "breslow"] as const) {
    const fit = fitCox(RECORDS, [ARM], { ties });
    close(fit.tests.score.statistic, 32 / 433, `${ties} score test`);
    close(fit.logLik.initial, -Math.log(180), `${ties} log L(0)`);
    assert.equal(fit.tests.score.df, 1);
  }
  close(logRank(RECORDS, ARM.values as string[]).test.statistic, 32 / 433, "log-rank");
});

Deno.test("without ties, the score test of a k-level factor is the k-group log-rank test", () => {
  // With one event per time, the hypergeometric factor (n - d)/(n - 1) is 1 and the Cox
  // information at β = 0 is the log-rank variance, so U'I⁻¹U = (O - E)'V⁻¹(O - E).
  const random = seededRandom(2022);
  for (const k of [2, 3, 4]) {
    const records = Array.from(
      { length: 150 },
      (_, i) => ({ time: i + random(), event: random() < 0.6 }),
    );
    const levels = ["p", "q", "r", "s"].slice(0, k);
    const group = records.map(() => levels[Math.floor(random() * k)]!);
    const logrank = logRank(records, group, { levels });
    const cox = fitCox(records, [{ kind: "factor", name: "group", values: group, levels }]);
    close(cox.tests.score.statistic, logrank.test.statistic, `${k} groups`, 1e-12);
    assert.equal(cox.tests.score.df, logrank.test.df);
  }
});

Deno.test("the fitted β makes the hand-written score zero and exp(β) is the hazard ratio", () => {
  // U(β) = Σ_events x_i - Σ_t (B at risk)·e^β / (A at risk + (B at risk)·e^β), the risk sets
  // of the comment above: (A, B) = (3, 3), (2, 3), (1, 2), (1, 1).
  const fit = fitCox(RECORDS, [ARM]);
  const beta = fit.coefficients[0]!.beta;
  const e = Math.exp(beta);
  const score = 2 -
    [[3, 3], [2, 3], [1, 2], [1, 1]].reduce((s, [a, b]) => s + b! * e / (a! + b! * e), 0);
  assert.ok(Math.abs(score) < 1e-10, `U(β̂) = ${score}`);
  const c = fit.coefficients[0]!;
  assert.deepEqual([c.term, c.level, c.reference, c.label], ["arm", "B", "A", "arm=B"]);
  close(c.hazardRatio, e, "HR");
  close(c.z, beta / c.se, "z");
  close(c.lower, Math.exp(beta - 1.959963984540054 * c.se), "lower limit");
  close(fit.tests.wald.statistic, c.z ** 2, "Wald test on 1 df");
  assert.ok(fit.converged && fit.iterations >= 2 && fit.warnings.length === 0);
  assert.ok(fit.tests.likelihoodRatio.statistic > 0);
});

Deno.test("Efron and Breslow agree without ties and differ with them", () => {
  const efron = fitCox(RECORDS, [ARM]);
  const breslow = fitCox(RECORDS, [ARM], { ties: "breslow" });
  close(efron.coefficients[0]!.beta, breslow.coefficients[0]!.beta, "β without ties", 1e-14);
  // Twelve subjects with ties at every event time. R 3.5-3: coxph gives β = -0.9869948 (efron)
  // and -0.8118323 (breslow).
  const tied = [1, 1, 1, 2, 2, 3, 1, 2, 3, 3, 4, 4].map((time, i) => ({
    time,
    event: i !== 4 && i !== 11,
  }));
  const arm: CoxTerm = {
    kind: "factor",
    name: "arm",
    values: tied.map((_, i) => (i < 6 ? "A" : "B")),
  };
  close(fitCox(tied, [arm]).coefficients[0]!.beta, -0.9869948, "efron β", 1e-7);
  close(
    fitCox(tied, [arm], { ties: "breslow" }).coefficients[0]!.beta,
    -0.8118323,
    "breslow β",
    1e-7,
  );
});

Deno.test("fitCox does not depend on record order, and rescaling a covariate rescales β", () => {
  const random = seededRandom(5);
  const records = randomRecords(random, 300, { maxDays: 400 });
  const age = records.map(() => 40 + Math.floor(random() * 40));
  const arm = records.map(() => (random() < 0.5 ? "control" : "treated"));
  const terms: CoxTerm[] = [
    { kind: "numeric", name: "age", values: age },
    { kind: "factor", name: "arm", values: arm, levels: ["control", "treated"] },
  ];
  const base = fitCox(records, terms);
  const order = shuffled(random, records.map((_, i) => i));
  const moved = fitCox(order.map((i) => records[i]!), [
    { kind: "numeric", name: "age", values: order.map((i) => age[i]!) },
    {
      kind: "factor",
      name: "arm",
      values: order.map((i) => arm[i]!),
      levels: ["control", "treated"],
    },
  ]);
  base.coefficients.forEach((c, j) =>
    close(moved.coefficients[j]!.beta, c.beta, `β ${c.label}`, 1e-10)
  );
  const decades = fitCox(records, [
    { kind: "numeric", name: "age", values: age.map((a) => a / 10) },
    terms[1]!,
  ]);
  close(decades.coefficients[0]!.beta, base.coefficients[0]!.beta * 10, "β per decade", 1e-9);
  close(decades.tests.likelihoodRatio.statistic, base.tests.likelihoodRatio.statistic, "LR", 1e-9);
  const flipped = fitCox(
    records,
    [terms[0]!, { ...terms[1]!, levels: ["treated", "control"] }] as CoxTerm[],
  );
  close(
    flipped.coefficients[1]!.beta,
    -base.coefficients[1]!.beta,
    "β against the other reference",
    1e-9,
  );
  assert.equal(flipped.coefficients[1]!.reference, "treated");
});

Deno.test("a level without events gives a huge β and an infinite-coefficient warning, as R", () => {
  // Monotone likelihood: no B subject has the event (A: 2, 3, 5, 8+; B: 3+, 4+, 6+, 9+), so L(β)
  // rises for ever as β for B goes to -infinity. Newton's steps tend to -1 each; after 20 the
  // log-likelihood changes by less than 1e-9 relative. R 3.5-3 stops at the same iteration with
  // β = -21.314783612931127, se = 23281.292147666059 and "Loglik converged before variable 1".
  const records = [2, 3, 5, 8, 3, 4, 6, 9].map((time, i) => ({ time, event: i < 3 }));
  const group: CoxTerm = {
    kind: "factor",
    name: "group",
    values: records.map((_, i) => (i < 4 ? "A" : "B")),
  };
  const fit = fitCox(records, [group]);
  const c = fit.coefficients[0]!;
  assert.ok(fit.converged);
  assert.equal(fit.iterations, 20);
  close(c.beta, -21.314783612931127, "β", 1e-12);
  close(c.se, 23281.292147666059, "se", 1e-9);
  assert.deepEqual(fit.warnings.map((w) => [w.code, w.coefficients]), [["infinite-coefficient", [
    "group=B",
  ]]]);
  assert.match(fit.warnings[0]!.message, /group=B: the coefficient may be infinite/);
  // The Wald test sees nothing (β/se ≈ 0.001); the likelihood-ratio test still holds.
  assert.ok(c.pValue > 0.99 && fit.tests.likelihoodRatio.statistic > 3);
});

Deno.test("a monotone likelihood may also run out of iterations, as R does on the same data", () => {
  // A: 1, 2, 3+, 4; B: 5+, 6+, 7+, 8+. R 3.5-3: "Ran out of iterations", β = -22.09817.
  const records = [1, 2, 3, 4, 5, 6, 7, 8].map((time, i) => ({ time, event: i < 4 && i !== 2 }));
  const group: CoxTerm = {
    kind: "factor",
    name: "group",
    values: records.map((_, i) => (i < 4 ? "A" : "B")),
  };
  const fit = fitCox(records, [group]);
  assert.equal(fit.converged, false);
  close(fit.coefficients[0]!.beta, -22.09817, "β", 1e-6);
  assert.deepEqual(fit.warnings.map((w) => w.code), ["not-converged"]);
});

Deno.test("a fit that runs out of iterations says so and stops at its last accepted β", () => {
  const records = randomRecords(seededRandom(9), 100, { maxDays: 200 });
  const x = records.map((r, i) => (r.event ? i % 3 : i % 5));
  const terms: CoxTerm[] = [{ kind: "numeric", name: "x", values: x }];
  const one = fitCox(records, terms, { maxIterations: 1 });
  assert.equal(one.converged, false);
  assert.equal(one.iterations, 1);
  assert.deepEqual(one.warnings.map((w) => w.code), ["not-converged"]);
  const full = fitCox(records, terms);
  assert.ok(full.converged && full.iterations > 1);
  // One Newton step from 0 is accepted (the likelihood rises), so β is that step, not 0.
  assert.ok(one.coefficients[0]!.beta !== 0);
  assert.ok(one.logLik.final > one.logLik.initial && one.logLik.final <= full.logLik.final);
});

Deno.test("a covariate without variation is aliased: NaN, a warning, and one df less", () => {
  const constant: CoxTerm = { kind: "numeric", name: "site", values: RECORDS.map(() => 2) };
  const fit = fitCox(RECORDS, [ARM, constant]);
  const [arm, site] = fit.coefficients;
  assert.ok(
    !arm!.aliased && site!.aliased && Number.isNaN(site!.beta) && Number.isNaN(site!.pValue),
  );
  assert.deepEqual(fit.variance[1], [0, 0]);
  assert.equal(fit.tests.likelihoodRatio.df, 1);
  close(arm!.beta, fitCox(RECORDS, [ARM]).coefficients[0]!.beta, "β of arm alone", 1e-12);
  assert.deepEqual(fit.warnings.map((w) => [w.code, w.coefficients]), [["aliased", ["site"]]]);
});

Deno.test("fitCox refuses data it cannot fit, naming what it found", () => {
  const censored = RECORDS.map((r) => ({ ...r, event: false }));
  assert.throws(() => fitCox(censored, [ARM]), {
    name: "RangeError",
    message: "Expected at least one event to fit a Cox model but found none among 6 subjects",
  });
  assert.throws(
    () => fitCox(RECORDS, [{ kind: "numeric", name: "age", values: [1, 2, NaN, 4, 5, 6] }]),
    /age of subject 2 to be a finite number but found NaN/,
  );
  assert.throws(
    () => fitCox(RECORDS, [{ ...ARM, values: ARM.values.slice(1) } as CoxTerm]),
    /one value per record \(6\) but found 5/,
  );
  assert.throws(
    () => fitCox(RECORDS, [{ ...ARM, levels: ["A"] } as CoxTerm]),
    /arm of subject 3 to be one of \["A"\] but found "B"/,
  );
  assert.throws(() => fitCox(RECORDS, [ARM, ARM]), /distinct term names/);
  assert.throws(() => fitCox(RECORDS, []), /at least one coefficient/);
  assert.throws(
    () => fitCox(RECORDS, [ARM], { ties: "exact" as "efron" }),
    /ties "efron" or "breslow" but found "exact"/,
  );
  assert.throws(() => fitCox(RECORDS, [ARM], { maxIterations: 0 }), /maxIterations/);
  assert.throws(() => fitCox(RECORDS, [ARM], { level: 95 }), /confidence level/);
});
