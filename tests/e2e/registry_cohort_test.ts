/**
 * The pipeline end to end on a registry-shaped cohort: 10,000 patients from 100 sites, made by
 * the seeded generator, run with no change of code under the committed plan in `record` mode (a
 * cohort that is not the study's cannot reproduce the abstract; `enforce` would end with exit 1
 * by design, see `uncalibrated_cohort_test.ts`). Checks what must hold at any size: every stage
 * completes and the run verifies, every raw row is accounted for, the analysis datasets hold one
 * OS row per included patient, and the figures that would grow with the cohort draw a documented
 * selection and stay under the documented size. How fast and in how much memory is measured by
 * `deno task bench:pipeline`, never here.
 */

import assert from "node:assert/strict";
import { declareStage } from "../../pipeline/_shared/manifest/declaration.ts";
import { RunRecord } from "../../pipeline/_shared/manifest/run_record.ts";
import { verifyRun } from "../../pipeline/_shared/manifest/verification.ts";
import { verified } from "../../pipeline/_shared/manifest/verification_text.ts";
import { runPathsFrom } from "../../pipeline/_shared/run_paths.ts";
import { MAX_FIGURE_SVG_BYTES } from "../../pipeline/figures/_common/figure_size.ts";
import { MAX_LANES } from "../../pipeline/figures/swimmer/mod.ts";
import { MAX_BARS } from "../../pipeline/figures/waterfall/mod.ts";
import { STAGES } from "../../pipeline/stages.ts";
import { runInFolder } from "./_pipeline.ts";

const PATIENTS = 10_000;
const SITES = 100;

async function synthesise(raw: string): Promise<void> {
  const synth = await new Deno.Command("deno", {
    args: [
      ...["run", "--no-prompt", "--allow-run=deno", "data/synthetic/main.ts"],
      ...["--seed", "11", "--patients", String(PATIENTS), "--sites", String(SITES), "--out", raw],
    ],
    env: { TZ: "UTC" },
    stdout: "null",
    stderr: "piped",
  }).output();
  assert.equal(synth.code, 0, new TextDecoder().decode(synth.stderr));
}

/** The lines of a CSV file with a header, without the header and the final newline. */
async function dataLines(path: string): Promise<string[]> {
  const lines = (await Deno.readTextFile(path)).split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines.slice(1);
}

Deno.test("10,000 patients from 100 sites run end to end, every row accounted for", async () => {
  const folder = await Deno.makeTempDir({ prefix: "registry-" });
  try {
    const raw = `${folder}/raw`;
    await synthesise(raw);
    const run = await runInFolder(folder, {
      raw,
      change: (plan) => {
        plan.certificate = "record";
      },
    });
    assert.equal(run.code, 0, run.stderr);
    for (const stage of STAGES) {
      assert.match(run.stdout, new RegExp(`^${stage.name} +rows read`, "m"), stage.name);
    }
    const paths = runPathsFrom({
      raw,
      out: `${folder}/out`,
      interim: `${folder}/interim`,
      plan: `${folder}/plan.json`,
    });
    const record = await RunRecord.open(paths, STAGES.map((s) => declareStage(s, paths)));
    assert.ok(verified(await verifyRun(record)), "the run verifies against its manifest");

    const stats = JSON.parse(await Deno.readTextFile(`${folder}/out/stats.json`));
    assert.equal(stats.cohort.institutions, SITES);
    const included: number = stats.cohort.included;
    assert.ok(included > PATIENTS / 2 && included <= PATIENTS, `${included} included`);

    // Every raw row of every file is included, excluded for a named reason, or merged.
    const quality = JSON.parse(await Deno.readTextFile(`${folder}/out/data-quality.json`));
    const files = quality.reconciliation.files as {
      site: string;
      file: string;
      balanced: boolean;
      rowsRead: number;
    }[];
    assert.equal(new Set(files.map((f) => f.site)).size, SITES);
    for (const f of files) assert.ok(f.balanced, `${f.site} ${f.file} does not balance`);
    assert.ok(files.reduce((sum, f) => sum + f.rowsRead, 0) > PATIENTS * 5);

    // One OS row per included patient, one ADSL row per included patient.
    const adsl = await dataLines(`${folder}/out/analysis/adsl.csv`);
    assert.equal(adsl.length, included);
    const adtte = await Deno.readTextFile(`${folder}/out/analysis/adtte.csv`);
    assert.equal(adtte.match(/,OS,/g)?.length, included);

    // Figures that would grow with the cohort show a documented selection and stay bounded.
    const index = JSON.parse(await Deno.readTextFile(`${folder}/out/figures/index.json`)) as {
      file: string;
      caption: (string | { text: string })[];
    }[];
    // A caption is prose: text, and numbers that carry their stats.json ids.
    const caption = (file: string) =>
      index.find((f) => f.file === file)!.caption
        .map((part) => typeof part === "string" ? part : part.text).join("");
    assert.match(caption("swimmer.svg"), new RegExp(`at most ${MAX_LANES} lanes`));
    assert.match(caption("waterfall.svg"), new RegExp(`at most ${MAX_BARS} bars`));
    assert.match(caption("pfs-by-regimen-class.svg"), /equal slices of the time axis/);
    for (const { file } of index) {
      const { size } = await Deno.stat(`${folder}/out/figures/${file}`);
      assert.ok(size <= MAX_FIGURE_SVG_BYTES, `${file}: ${size} bytes`);
    }
  } finally {
    await Deno.remove(folder, { recursive: true });
  }
});
