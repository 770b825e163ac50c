/**
 * Timing of the comparative statistics: the 3-group log-rank test and Cox fits (one 3-level
 * factor, Efron and Breslow; and a model with two numeric covariates and the factor) on 10,000
 * and 100,000 subjects in whole days up to 10 years, many ties (seeded, so every run times the
 * same data).
 *
 *   TZ=UTC deno bench --no-prompt tests/lib/survival/comparative_bench.ts
 *
 * @module
 */

import { type CoxTerm, fitCox } from "../../../pipeline/lib/survival/cox.ts";
import { logRank } from "../../../pipeline/lib/survival/log_rank.ts";
import { randomRecords, seededRandom } from "../_seeded_random.ts";

for (const n of [10_000, 100_000]) {
  const random = seededRandom(n + 1);
  const records = randomRecords(random, n, { maxDays: 3650 });
  const arm = records.map(() => ["A", "B", "C"][Math.floor(random() * 3)]!);
  const age = records.map(() => 30 + Math.floor(random() * 50));
  const score = records.map(() => random() * 100);
  const factor: CoxTerm = { kind: "factor", name: "arm", values: arm, levels: ["A", "B", "C"] };
  const group = `n=${n}`;
  Deno.bench(`logRank, 3 groups, ${n} subjects`, { group, baseline: true }, () => {
    logRank(records, arm);
  });
  Deno.bench(`fitCox efron, one 3-level factor, ${n} subjects`, { group }, () => {
    fitCox(records, [factor]);
  });
  Deno.bench(`fitCox breslow, one 3-level factor, ${n} subjects`, { group }, () => {
    fitCox(records, [factor], { ties: "breslow" });
  });
  Deno.bench(
    `fitCox efron, age + score + factor (4 coefficients), ${n} subjects`,
    { group },
    () => {
      fitCox(records, [
        { kind: "numeric", name: "age", values: age },
        { kind: "numeric", name: "score", values: score },
        factor,
      ]);
    },
  );
}
