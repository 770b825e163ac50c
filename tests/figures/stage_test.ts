import assert from "node:assert/strict";
import { permissionFlags } from "../../pipeline/_shared/runner.ts";
import { runPathArgs, runPathsFrom } from "../../pipeline/_shared/run_paths.ts";
import { parseRegimenClasses, regimenLabels } from "../../pipeline/_shared/regimen_classes.ts";
import { RESULT_MARKER } from "../../pipeline/_shared/stage.ts";
import { drawFigures } from "../../pipeline/figures/draw_figures.ts";
import { figureEntry } from "../../pipeline/figures/_common/figure.ts";
import { figuresStage } from "../../pipeline/figures/spec.ts";
import { PNG_DPI } from "../../pipeline/figures/figure_files.ts";
import { renderPng } from "../../pipeline/figures/_common/png.ts";
import { decodePng } from "./_png.ts";
import { COHORT, cohortInputs } from "./_helpers.ts";

const VOCABULARY = "data/vocabulary/regimen-classes.csv";

/** An output folder as the derive and statistics stages leave it, for the fixture cohort. */
async function fixtureRun(withCurves = true): Promise<string> {
  const out = await Deno.makeTempDir({ prefix: "figures-stage-" });
  await Deno.mkdir(`${out}/analysis`);
  await Deno.mkdir(`${out}/figures`);
  for (const name of ["adsl.csv", "adrs.csv", "adtte.csv"]) {
    await Deno.copyFile(`${COHORT}/${name}`, `${out}/analysis/${name}`);
  }
  const { stats, curves } = await cohortInputs();
  await Deno.writeTextFile(`${out}/stats.json`, JSON.stringify(stats));
  if (withCurves) await Deno.writeTextFile(`${out}/survival-curves.json`, JSON.stringify(curves));
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

Deno.test("the figures stage, in its own process with its own permissions, writes what its core draws", async () => {
  const out = await fixtureRun();
  try {
    const run = await runStage(out);
    assert.equal(run.code, 0, run.stderr);
    assert.ok(run.stdout.includes(`${RESULT_MARKER}{"rowsRead":`), run.stdout);
    // Drawn here after other figures, in a process whose Plot counters have moved on.
    const inputs = await cohortInputs();
    drawFigures(inputs);
    const expected = drawFigures({
      ...inputs,
      labels: regimenLabels(parseRegimenClasses(Deno.readTextFileSync(VOCABULARY))),
    });
    const index = JSON.parse(Deno.readTextFileSync(`${out}/figures/index.json`));
    assert.deepEqual(index, expected.map(figureEntry));
    for (const figure of expected) {
      const written = Deno.readTextFileSync(`${out}/figures/${figure.file}`);
      assert.equal(
        written,
        figure.svg,
        `${figure.file} differs from the one drawn in this process`,
      );
      const png = Deno.readFileSync(`${out}/figures/${figureEntry(figure).png}`);
      assert.deepEqual(
        png,
        renderPng(figure.svg, { dpi: PNG_DPI, widthMm: figure.widthMm }),
        `${figure.file}'s PNG`,
      );
      assert.equal(
        decodePng(png).width,
        Math.round(figure.widthMm / 25.4 * PNG_DPI),
        `${figure.file}'s PNG is its print width at ${PNG_DPI} dpi`,
      );
    }
  } finally {
    await Deno.remove(out, { recursive: true });
  }
});

Deno.test("the figures stage names a missing input and the task that makes it", async () => {
  const out = await fixtureRun(false);
  try {
    const run = await runStage(out);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /survival-curves\.json: made by `deno task statistics`/);
  } finally {
    await Deno.remove(out, { recursive: true });
  }
});
