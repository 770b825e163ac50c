import assert from "node:assert/strict";
import { PLAN_OPTIONS, readAnalysisPlan } from "../../pipeline/_shared/analysis_plan.ts";
import { runSummary } from "../../pipeline/report/run_summary.ts";
import { runSummaryHtml } from "../../pipeline/report/html/run_summary_html.ts";
import { createOutline } from "../../pipeline/report/html/outline.ts";

const plan = await readAnalysisPlan("pipeline/analysis-plan.json");
const software = {
  lock: JSON.stringify({ workspace: { dependencies: ["npm:arquero@8.0.3"] } }),
  deno: { deno: "2.9.6", typescript: "6.0.0" },
};

Deno.test("the run summary lists every plan option with its value, marking those that differ from the committed plan", () => {
  const summary = runSummary(plan, {
    plan: {
      sha256: "abc",
      differsFromCommitted: [{ option: "headlineCi", committed: "spss", run: "log" }],
    },
    code: { sha256: "def", files: 3 },
  }, software);
  assert.deepEqual(summary.plan.options.map((o) => o.option), Object.keys(PLAN_OPTIONS));
  assert.deepEqual(summary.plan.options.find((o) => o.option === "headlineCi"), {
    option: "headlineCi",
    value: "spss",
    committed: "spss",
  });
  assert.equal(summary.plan.options.filter((o) => "committed" in o).length, 1);
  assert.deepEqual(summary.software, {
    deno: "2.9.6",
    typescript: "6.0.0",
    packages: ["arquero 8.0.3"],
  });
  const html = runSummaryHtml(summary, createOutline());
  assert.match(html, /1 option differs from the committed plan/);
  assert.match(html, /sha256 <code>def<\/code> over 3 files/);
  assert.match(html, /Deno 2\.9\.6 \(TypeScript 6\.0\.0\); arquero 8\.0\.3/);
});
