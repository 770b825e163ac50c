import assert from "node:assert/strict";
import { permissionFlags } from "../../pipeline/_shared/runner.ts";
import { runPathArgs, runPathsFrom } from "../../pipeline/_shared/run_paths.ts";
import { RESULT_MARKER } from "../../pipeline/_shared/stage.ts";
import { drawFigures } from "../../pipeline/figures/draw_figures.ts";
import { figuresStage } from "../../pipeline/figures/spec.ts";
import { indexEntry } from "../../pipeline/figures/figure_files.ts";
import { decodePng } from "./_png.ts";
import { parseRegimenClasses, regimenLabels } from "../../pipeline/_shared/regimen_classes.ts";
import { COHORT, cohortInputs } from "./_helpers.ts";

const VOCABULARY = "data/vocabulary/regimen-classes.csv";
const hasVocabulary = (() => {
  try {
    return Deno.statSync(VOCABULARY).isFile;
  } catch {
    return false;
  }
})();

/** An output folder holding the fixture cohort's analysis datasets and data-quality report. */
async function fixtureRun(withQuality = true): Promise<string> {
  const out = await Deno.makeTempDir({ prefix: "figures-stage-" });
  await Deno.mkdir(`${out}/analysis`);
  await Deno.mkdir(`${out}/figures`);
  for (const name of ["adsl.csv", "adrs.csv", "adtte.csv"]) {
    await Deno.copyFile(`${COHORT}/${name}`, `${out}/analysis/${name}`);
  }
  if (withQuality) await Deno.copyFile(`${COHORT}/data-quality.json`, `${out}/data-quality.json`);
  return out;
}

/** Runs the stage as the runner does: its own process, with only its declared permissions. */
async function runStage(out: string) {
  const paths = runPathsFrom({ out });
  const { code, stdout, stderr } = await new Deno.Command("deno", {
    args: [
      "run",
      ...permissionFlags(figuresStage, paths),
      figuresStage.module,
      ...runPathArgs(paths),
    ],
    env: { TZ: "UTC", NO_COLOR: "1" },
    stdin: "null",
  }).output();
  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  return { code, stdout: text(stdout), stderr: text(stderr) };
}

Deno.test({
  name:
    "the figures stage writes byte-identical SVG and PNG figures in its own process, run after run",
  ignore: !hasVocabulary,
  async fn() {
    const [first, second] = [await fixtureRun(), await fixtureRun()];
    try {
      for (const out of [first, second]) {
        const run = await runStage(out);
        assert.equal(run.code, 0, run.stderr);
        assert.match(
          run.stdout,
          new RegExp(
            `${RESULT_MARKER.replaceAll(":", "\\:")}\\{"rowsRead":\\d+,"rowsWritten":6\\}`,
          ),
        );
      }
      // Drawn here after other figures, in a process whose Plot counters have moved on.
      const inputs = await cohortInputs();
      drawFigures(inputs);
      const expected = drawFigures({
        ...inputs,
        labels: regimenLabels(parseRegimenClasses(Deno.readTextFileSync(VOCABULARY))),
      });
      const index = JSON.parse(Deno.readTextFileSync(`${first}/figures/index.json`));
      assert.deepEqual(index, expected.map(indexEntry));
      for (const figure of expected) {
        const a = Deno.readTextFileSync(`${first}/figures/${figure.file}`);
        const b = Deno.readTextFileSync(`${second}/figures/${figure.file}`);
        assert.equal(a, b, `${figure.file} differs between two runs`);
        assert.equal(a, figure.svg, `${figure.file} differs from the one drawn in this process`);
        const { png } = indexEntry(figure);
        const pngA = Deno.readFileSync(`${first}/figures/${png}`);
        assert.deepEqual(pngA, Deno.readFileSync(`${second}/figures/${png}`), `${png} differs`);
        assert.equal(decodePng(pngA).width, 2067, `${png} is 175 mm at 300 dpi`);
      }
    } finally {
      await Deno.remove(first, { recursive: true });
      await Deno.remove(second, { recursive: true });
    }
  },
});

Deno.test("the figures stage names a missing input and the task that makes it", async () => {
  const out = await fixtureRun(false);
  try {
    const run = await runStage(out);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /data-quality\.json: made by `deno task derive`/);
  } finally {
    await Deno.remove(out, { recursive: true });
  }
});

Deno.test("the figures stage declares the datasets, the plan and the vocabulary as inputs", () => {
  const paths = runPathsFrom({ out: "o", plan: "p.json" });
  assert.deepEqual(figuresStage.inputs(paths).map((a) => a.path), [
    "o/analysis/adsl.csv",
    "o/analysis/adrs.csv",
    "o/analysis/adtte.csv",
    "o/data-quality.json",
    "p.json",
    VOCABULARY,
  ]);
  assert.deepEqual(figuresStage.outputs(paths), ["o/figures/"]);
  assert.deepEqual(figuresStage.env, ["UNDICI_NO_WASM_SIMD", "UNDICI_USE_MILO"]);
});
