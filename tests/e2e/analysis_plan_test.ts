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

Deno.test("counting events after the next line turns the one such censored line into a death and says so", async () => {
  // Committed plan (FDA Table A): one line's death after the next line started is censored at
  // its last adequate assessment before that line; with `count` it is an event.
  const { base, changed } = await analyseWith((plan) => {
    plan.progressionFreeSurvival.eventsAfterNextLine = "count";
  });
  const [before, after] = [base.stats.pfs_all_lines, changed.stats.pfs_all_lines];
  assert.equal(before.censored_by["last_adequate_tumour_assessment_before_next_line"], 1);
  assert.equal(after.events_by["death_after_start_of_next_line"], 1);
  assert.equal(after.events, before.events + 1);
  assert.match(
    base.report.files["results.md"]!,
    /at the last adequate tumour assessment before the next line \(n = 1\)/,
  );
  assert.match(
    changed.report.files["results.md"]!,
    /death without documented progression, dated after the next line had started \(n = 1\)/,
  );
});

Deno.test("censoring at the last assessment names no adequate assessment anywhere", async () => {
  const { changed } = await analyseWith((plan) => {
    plan.progressionFreeSurvival.censorAt = "last_assessment";
  });
  const keys = Object.keys(changed.stats.pfs_all_lines.censored_by);
  assert.ok(keys.includes("last_tumour_assessment_before_next_line"), keys.join(", "));
  assert.ok(keys.every((k) => !k.includes("adequate")), keys.join(", "));
  assert.doesNotMatch(changed.text["adtte.csv"], /ADEQUATE/);
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
