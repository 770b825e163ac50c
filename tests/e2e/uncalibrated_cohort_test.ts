/**
 * On an uncalibrated random cohort (500 patients, 12 sites) the pipeline runs to the end with no
 * change of code, writes every output, and its certificate honestly reports the claims of the
 * abstract that no longer hold; the exit status says so. Nothing is tuned to one data set.
 */
import assert from "node:assert/strict";
import { runInFolder } from "./_pipeline.ts";

Deno.test("an uncalibrated cohort completes, and the certificate reports the claims that fail", async () => {
  const folder = await Deno.makeTempDir();
  const synth = await new Deno.Command("deno", {
    args: [
      "run",
      "--no-prompt",
      "--allow-run=deno",
      "data/synthetic/main.ts",
      "--seed",
      "7",
      "--patients",
      "500",
      "--sites",
      "12",
      "--out",
      `${folder}/raw`,
    ],
    env: { TZ: "UTC" },
    stdout: "null",
    stderr: "piped",
  }).output();
  assert.equal(synth.code, 0, new TextDecoder().decode(synth.stderr));

  const run = await runInFolder(folder, { raw: `${folder}/raw` });
  assert.equal(run.code, 1, "a cohort that does not reproduce the abstract must fail the run");
  assert.match(run.stderr, /claims of the abstract are not reproduced/);
  const certificate = JSON.parse(await Deno.readTextFile(`${folder}/out/reproduction.json`));
  assert.equal(certificate.reproduced, false);
  assert.ok(certificate.mismatched > 0);
  const failing = certificate.checks.filter((c: { match: boolean }) => !c.match);
  assert.ok(failing.some((c: { id: string }) => c.id === "patients-included"));
  for (const c of failing) assert.match(run.stderr, new RegExp(`- ${c.id}: published`));
  const stats = JSON.parse(await Deno.readTextFile(`${folder}/out/stats.json`));
  assert.ok(stats.cohort.included > 300, `${stats.cohort.included} included`);
  assert.equal(stats.cohort.institutions, 12);
  await Deno.stat(`${folder}/out/results.md`);
  await Deno.stat(`${folder}/out/figures/swimmer.svg`);

  // The documented way to finish such a run with exit 0: the plan's certificate mode "record".
  // A changed plan makes every stage that reads it stale: the rerun redoes those, not ingest.
  const recorded = await runInFolder(folder, {
    raw: `${folder}/raw`,
    change: (plan) => {
      plan.certificate = "record";
    },
  });
  assert.equal(recorded.code, 0, recorded.stderr);
  const again = JSON.parse(await Deno.readTextFile(`${folder}/out/reproduction.json`));
  assert.equal(again.mode, "record");
  assert.equal(again.mismatched, certificate.mismatched);
  assert.deepEqual(again.context.plan.differsFromCommitted, [
    { option: "certificate", committed: "enforce", run: "record" },
  ]);
});
