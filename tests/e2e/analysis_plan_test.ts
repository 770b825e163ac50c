/**
 * Changing a choice of the analysis plan changes the analysis accordingly (in this process, on the
 * suite's run of the committed data); an invalid plan stops the run before anything is written.
 */
import assert from "node:assert/strict";
import { type AnalysisPlan, readAnalysisPlan } from "../../pipeline/_shared/analysis_plan.ts";
import { analyse, harmonisedOf } from "./_analyse.ts";
import { committedRun } from "./_committed_run.ts";
import { runInFolder } from "./_pipeline.ts";

async function analyseWith(change: (plan: AnalysisPlan) => void) {
  const run = await committedRun();
  assert.equal(run.code, 0, run.stderr);
  const committed = await readAnalysisPlan("pipeline/analysis-plan.json");
  const plan = structuredClone(committed);
  change(plan);
  const harmonised = await harmonisedOf(run.interim);
  return { base: await analyse(harmonised, committed), changed: await analyse(harmonised, plan) };
}

Deno.test("a longer minimum for stable disease lowers the disease control rate", async () => {
  const { base, changed } = await analyseWith((plan) => {
    plan.recist.minimumStableDiseaseDays = 180;
  });
  const [before, after] = [
    base.stats.response.all_lines.dcr.n,
    changed.stats.response.all_lines.dcr.n,
  ];
  assert.ok(after < before, `${after} vs ${before}`);
});

Deno.test("choosing R's log interval as the headline changes the results text", async () => {
  const { changed } = await analyseWith((plan) => {
    plan.headlineCi = "log";
  });
  const results = changed.report.files["results.md"]!;
  const [lower] = changed.stats.os.ci.log!;
  assert.match(results, new RegExp(`was 15 months \\(95% CI ${Math.round(lower!)}–`));
  assert.match(results, /SPSS-style symmetric 3–27/);
});

Deno.test("an invalid plan stops the run at ingest, before anything is written, naming the option", async () => {
  const folder = await Deno.makeTempDir();
  const run = await runInFolder(folder, {
    change: (plan) => {
      plan.confidenceLevel = 95;
    },
  });
  assert.equal(run.code, 1);
  assert.match(run.stderr, /error in stage ingest: raw data cannot be used: 1 problem found/);
  assert.match(run.stderr, /plan\.json option confidenceLevel: found "95"/);
  assert.match(run.stderr, /rule invalid-plan: expected a number between 0 and 1/);
  await assert.rejects(Deno.stat(`${folder}/out/stats.json`));
  await assert.rejects(Deno.stat(`${folder}/interim/ingest/patients.json`));
});
