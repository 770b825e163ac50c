/**
 * Ingest and harmonise, run by the stage runner as `deno task all` runs them, on the committed
 * synthetic cohort (`data/raw/`) and on an uncalibrated cohort from `deno task synth`: 55 patients
 * from 10 institutions with every planted exclusion under its reason, a reconciliation that
 * balances, no direct identifier past ingest, and no code change for another cohort.
 */

import assert from "node:assert/strict";
import { join } from "node:path";
import { runPipeline } from "../../pipeline/_shared/runner.ts";
import { runPathsFrom } from "../../pipeline/_shared/run_paths.ts";
import { renderDataQuality } from "../../pipeline/report/data_quality.ts";
import { harmoniseStage as harmonise } from "../../pipeline/harmonise/spec.ts";
import type { Quality } from "../../pipeline/_shared/contracts/quality.ts";
import { ingestStage as ingest } from "../../pipeline/ingest/spec.ts";
import { readRawFolder } from "../../pipeline/ingest/readers/raw_folder.ts";
import { filesBelow, identifiersIn, rawIdentifiers } from "./identifiers.ts";

/** Runs ingest and harmonise on `raw` into a fresh interim folder; returns it and the quality. */
async function run(raw: string): Promise<{ interim: string; quality: Quality }> {
  const work = await Deno.makeTempDir();
  const paths = runPathsFrom({ raw, interim: join(work, "interim"), out: join(work, "out") });
  const lines: string[] = [];
  const runs = await runPipeline([ingest, harmonise], {
    paths,
    log: (l) => lines.push(l),
    echo: (l) => lines.push(l),
  });
  assert.ok(runs.every((r) => r.ok), `stages failed:\n${lines.join("\n")}`);
  const quality = JSON.parse(
    await Deno.readTextFile(join(paths.interim, "harmonise", "quality.json")),
  );
  return { interim: paths.interim, quality };
}

const committed = run("data/raw");

Deno.test("the committed cohort: 55 patients from 10 institutions, each planted exclusion under its reason", async () => {
  const { quality } = await committed;
  assert.equal(quality.cohort.included, 55);
  assert.equal(quality.cohort.sites.length, 10);
  for (
    const [reason, count] of [
      ...Object.entries(quality.cohort.excluded),
      ...Object.entries(quality.cohort.merged),
    ]
  ) {
    assert.ok(count >= 1, `at least one patient record ${reason}`);
  }
  const reasons = new Set(quality.exclusions.map((e) => e.reason));
  assert.deepEqual([...reasons].sort(), [
    "duplicate_row",
    "no_systemic_therapy_for_advanced_disease",
    "not_molecularly_confirmed",
    "referral_merged",
    "treated_outside_study_window",
  ]);
  const flow = quality.cohort;
  const excluded = Object.values(flow.excluded).reduce((a, b) => a + b, 0);
  const merged = Object.values(flow.merged).reduce((a, b) => a + b, 0);
  assert.equal(flow.patientRowsRead, flow.included + excluded + merged);
});

Deno.test("the committed cohort's reconciliation balances per site and file and overall", async () => {
  const { quality } = await committed;
  const rec = quality.reconciliation;
  assert.equal(rec.balanced, true);
  for (const row of [...rec.files, ...rec.sites, rec.total]) {
    const excluded = Object.values(row.excluded).reduce((a, b) => a + b, 0);
    const merged = Object.values(row.merged).reduce((a, b) => a + b, 0);
    assert.equal(
      row.included + excluded + merged,
      row.rowsRead,
      `${row.site} ${row.file} ${row.table}`,
    );
  }
  assert.equal(rec.sites.length, 10);
});

Deno.test("no name, hospital number or birth date of data/raw appears in data/interim or outputs", async () => {
  const { interim, quality } = await committed;
  const identifiers = rawIdentifiers(await readRawFolder("data/raw"));
  assert.ok(identifiers.length > 150, `only ${identifiers.length} identifiers found to search for`);
  // The scanner finds them where they are: in the raw exports themselves.
  const rawText = (await filesBelow("data/raw")).map(([, text]) => text).join("\n");
  assert.ok(identifiersIn(rawText, identifiers).length > identifiers.length / 2);
  const report = renderDataQuality(quality);
  const files: [string, string][] = [
    ...await filesBelow(interim),
    ...await filesBelow("outputs"),
    ["data-quality.md", report.markdown],
    ["data-quality.json", report.json],
  ];
  for (const [path, text] of files) assert.deepEqual(identifiersIn(text, identifiers), [], path);
});

Deno.test("an uncalibrated cohort (deno task synth --patients 500 --sites 12) ingests without a code change", async () => {
  const raw = join(await Deno.makeTempDir(), "raw");
  const synth = await new Deno.Command("deno", {
    args: ["task", "synth", "--seed", "11", "--patients", "500", "--sites", "12", "--out", raw],
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.equal(synth.code, 0, new TextDecoder().decode(synth.stderr));
  const { quality } = await run(raw);
  assert.equal(quality.cohort.sites.length, 12);
  assert.equal(quality.reconciliation.balanced, true);
  assert.ok(quality.cohort.included >= 490, `${quality.cohort.included} of 500 included`);
});
