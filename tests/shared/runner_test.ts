import assert from "node:assert/strict";
import { permissionFlags, runPipeline } from "../../pipeline/_shared/runner.ts";
import { main, selectStages } from "../../pipeline/run.ts";
import { runPathsFrom } from "../../pipeline/_shared/run_paths.ts";
import { counting, throwing } from "./fixtures/stages.ts";

async function capture(run: (log: (l: string) => void) => Promise<unknown>): Promise<string[]> {
  const lines: string[] = [];
  await run((line) => lines.push(line));
  return lines;
}

Deno.test("the runner runs stages in order and reports rows and time per stage", async () => {
  const folder = await Deno.makeTempDir();
  const paths = runPathsFrom({ out: `${folder}/out` });
  let runs: Awaited<ReturnType<typeof runPipeline>> = [];
  const lines = await capture(async (log) => {
    runs = await runPipeline([counting], { paths, log, echo: () => {} });
  });
  assert.deepEqual(runs.map((r) => [r.stage, r.ok, r.result]), [
    ["counting", true, { rowsRead: 0, rowsWritten: 3 }],
  ]);
  assert.match(lines[0] ?? "", /^counting {2}rows read {7}0 {2}rows written {7}3 +\d+\.\d\d s$/);
  assert.equal(await Deno.readTextFile(`${folder}/out/counted.csv`), "n\n1\n2\n3\n");
});

Deno.test("a stage that throws stops the pipeline with a non-zero exit naming the stage", async () => {
  const folder = await Deno.makeTempDir();
  const errors: string[] = [];
  const originalError = console.error;
  console.error = (line: string) => errors.push(line);
  let code: number;
  try {
    code = await main(["--out", `${folder}/out`], [counting, throwing, counting]);
  } finally {
    console.error = originalError;
  }
  assert.equal(code, 1);
  assert.match(errors.join("\n"), /stage throwing failed/);
});

Deno.test("a stage whose input is missing names the artefact and the task that makes it", async () => {
  const folder = await Deno.makeTempDir();
  const paths = runPathsFrom({ out: `${folder}/out` });
  const child = await new Deno.Command("deno", {
    args: ["run", ...permissionFlags(throwing, paths), throwing.module, "--out", paths.out],
    stdout: "piped",
    stderr: "piped",
    env: { NO_COLOR: "1" },
    cwd: Deno.cwd(),
  }).output();
  const stderr = new TextDecoder().decode(child.stderr);
  assert.equal(child.code, 1);
  assert.match(stderr, /stage throwing cannot start: missing input/);
  assert.match(stderr, /counted\.csv: made by `deno task counting`/);
});

Deno.test("a stage may read only its declared inputs and write only its declared outputs", () => {
  const flags = permissionFlags(throwing, runPathsFrom({ out: "/w/out" }));
  assert.deepEqual(flags, [
    "--no-prompt",
    "--allow-read=/w/out/counted.csv,/w/out/never.csv,/w/out/.never.csv.partial",
    "--allow-write=/w/out/never.csv,/w/out/.never.csv.partial",
  ]);
});

Deno.test("selectStages picks one stage with --only and the tail with --from", () => {
  const stages = [counting, throwing];
  assert.deepEqual(selectStages(stages, "throwing").map((s) => s.name), ["throwing"]);
  assert.deepEqual(selectStages(stages, undefined, "counting").map((s) => s.name), [
    "counting",
    "throwing",
  ]);
  assert.throws(() => selectStages(stages, "nope"), /unknown stage "nope": expected one of/);
});
