/**
 * Changing a choice of the analysis plan and rerunning changes the outputs accordingly; an invalid
 * plan stops the run before anything is written.
 */
import assert from "node:assert/strict";
import { csvParse } from "d3-dsv";
import { runPipelineProcess } from "./_pipeline.ts";

const committed = JSON.parse(await Deno.readTextFile("pipeline/analysis-plan.json"));

async function runWithPlan(change: (plan: typeof committed) => void) {
  const folder = await Deno.makeTempDir();
  const plan = structuredClone(committed);
  change(plan);
  await Deno.writeTextFile(`${folder}/plan.json`, JSON.stringify(plan));
  const run = await runPipelineProcess([
    "--out",
    `${folder}/out`,
    "--interim",
    `${folder}/interim`,
    "--plan",
    `${folder}/plan.json`,
  ]);
  return { folder, run };
}

Deno.test("requiring CR/PR confirmation moves the headline best response to CBOR", async () => {
  const { folder, run } = await runWithPlan((plan) => {
    plan.recist.confirmation = true;
  });
  const adrs = csvParse(await Deno.readTextFile(`${folder}/out/analysis/adrs.csv`));
  const headline = new Set(adrs.filter((r) => r.ANL01FL === "Y").map((r) => r.PARAMCD));
  assert.deepEqual([...headline], ["CBOR"]);
  // The run itself completes the analysis; whether every claim still holds is the certificate's
  // business, and it says so in its exit status.
  assert.ok(
    run.code === 0 || /claims of the abstract are not reproduced/.test(run.stderr),
    run.stderr,
  );
  const committedAdrs = csvParse(await Deno.readTextFile("outputs/analysis/adrs.csv"));
  assert.deepEqual(
    [...new Set(committedAdrs.filter((r) => r.ANL01FL === "Y").map((r) => r.PARAMCD))],
    ["BOR"],
  );
});

Deno.test("a longer minimum for stable disease lowers the disease control rate", async () => {
  const { folder } = await runWithPlan((plan) => {
    plan.recist.minimumStableDiseaseDays = 180;
  });
  const ours = JSON.parse(await Deno.readTextFile(`${folder}/out/stats.json`));
  const base = JSON.parse(await Deno.readTextFile("outputs/stats.json"));
  assert.ok(
    ours.response.all_lines.dcr.n < base.response.all_lines.dcr.n,
    `${ours.response.all_lines.dcr.n} vs ${base.response.all_lines.dcr.n}`,
  );
});

Deno.test("choosing R's log interval as the headline changes the results text", async () => {
  const { folder, run } = await runWithPlan((plan) => {
    plan.headlineCi = "log";
  });
  assert.equal(run.code, 0, run.stderr);
  const results = await Deno.readTextFile(`${folder}/out/results.md`);
  const stats = JSON.parse(await Deno.readTextFile(`${folder}/out/stats.json`));
  const [lower] = stats.os.ci.log;
  assert.match(results, new RegExp(`was 15 months \\(95% CI ${Math.round(lower)}–`));
  assert.match(results, /SPSS-style symmetric 3–27/);
});

Deno.test("an invalid plan stops the run at the first stage that reads it, naming the option", async () => {
  const { folder, run } = await runWithPlan((plan) => {
    plan.confidenceLevel = 95;
  });
  assert.equal(run.code, 1);
  assert.match(run.stderr, /confidenceLevel must be a number between 0 and 1 but found 95/);
  await assert.rejects(Deno.stat(`${folder}/out/stats.json`));
});
