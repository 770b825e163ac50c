import assert from "node:assert/strict";
import { readAnalysisPlan } from "../../pipeline/_shared/analysis_plan.ts";
import type { Statistics } from "../../pipeline/_shared/contracts/stats.ts";
import { plainText } from "../../pipeline/_shared/prose/inline.ts";
import { numberSource } from "../../pipeline/_shared/prose/numbers.ts";
import { medianSentence } from "../../pipeline/report/results_text.ts";

const plan = await readAnalysisPlan("pipeline/analysis-plan.json");
const km = {
  median: 15.0144,
  median_spss: 15.0144,
  median_r: 15.0144,
  median_rules_differ: false,
  reported: true,
  ci: { spss: [3.0042, 27.0246], log: [8.7064, 29.7002], loglog: [8.5749, 24.0821], plain: null },
};
const stats = { os: km, pfs: { x: { ...km, median: null } } } as unknown as Statistics;

Deno.test("medianSentence gives the headline CI first, at the plan's level, and the other methods beside it", () => {
  const text = (headlineCi: typeof plan.headlineCi, confidenceLevel = 0.95) =>
    plainText(medianSentence(numberSource(stats, { ...plan, headlineCi, confidenceLevel }), "os"));
  assert.equal(text("spss"), "15 months (95% CI 3–27; R (log) 9–30; SAS (log-log) 9–24)");
  assert.equal(
    text("log"),
    "15 months (95% CI 9–30; SPSS-style symmetric 3–27; SAS (log-log) 9–24)",
  );
  assert.equal(text("spss", 0.9), "15 months (90% CI 3–27; R (log) 9–30; SAS (log-log) 9–24)");
});

Deno.test("medianSentence says 'not reached' when the median is not estimable", () => {
  assert.equal(plainText(medianSentence(numberSource(stats, plan), "pfs.x")), "not reached");
});

Deno.test("each number of a median sentence keeps its stats.json id", () => {
  const ids = medianSentence(numberSource(stats, plan), "os").flatMap((p) =>
    typeof p === "string" ? [] : [p.id]
  );
  assert.deepEqual(ids, [
    "os.median",
    "os.ci.spss.0",
    "os.ci.spss.1",
    "os.ci.log.0",
    "os.ci.log.1",
    "os.ci.loglog.0",
    "os.ci.loglog.1",
  ]);
});
