/**
 * Every notebook runs: against the suite's shared run of the pipeline in a temporary folder, each
 * notebook's code cells, joined in order into one module, run in a child `deno run` whose working
 * directory is
 * `notebooks/` (as the Jupyter kernel's is) and whose module is read from stdin, so it resolves
 * `../pipeline/...` exactly as a cell does without writing any file next to the notebook. The
 * module is type-checked first.
 *
 * The child may read only the pipeline's code and committed inputs plus the temporary run (not
 * `data/interim/` or `outputs/`), so a notebook that reads artefacts other than through
 * `notebooks/_paths.ts` fails here; it may write nothing.
 */

import assert from "node:assert/strict";
import { PATH_VARIABLES } from "../../notebooks/_paths.ts";
import { committedRun } from "../e2e/_committed_run.ts";
import { NOTEBOOK_FOLDER, notebookModule, notebookNames, readNotebook } from "./_notebooks.ts";

/** What a cell may read, relative to `notebooks/`, besides the run's artefacts. */
const READABLE = ["../pipeline", "../data/raw", "../data/vocabulary", "../data/reference"];
/** jsdom, which the figures load, reads these two at start-up. */
const JSDOM_ENV = ["UNDICI_NO_WASM_SIMD", "UNDICI_USE_MILO"];

const decoder = new TextDecoder();

/** Runs `source` as a module of `notebooks/`; returns the exit code and stderr. */
async function runModule(
  source: string,
  run: { work: string; interim: string; outputs: string },
): Promise<{ code: number; stderr: string }> {
  const child = new Deno.Command("deno", {
    args: [
      "run",
      "--check",
      "--no-prompt",
      `--allow-read=${[...READABLE, run.work].join(",")}`,
      `--allow-env=${[...PATH_VARIABLES, ...JSDOM_ENV].join(",")}`,
      "-",
    ],
    cwd: NOTEBOOK_FOLDER,
    env: {
      TZ: "UTC",
      NO_COLOR: "1",
      NOTEBOOK_INTERIM: run.interim,
      NOTEBOOK_OUTPUTS: run.outputs,
    },
    stdin: "piped",
    stdout: "null",
    stderr: "piped",
  }).spawn();
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(source));
  await writer.close();
  const { code, stderr } = await child.output();
  return { code, stderr: decoder.decode(stderr) };
}

Deno.test("every notebook's code cells run in order against a fresh pipeline run", async (t) => {
  // The suite's shared run of the committed data; the notebooks may only read it.
  const pipeline = await committedRun();
  const run = { work: pipeline.folder, interim: pipeline.interim, outputs: pipeline.out };
  {
    assert.equal(
      pipeline.code,
      0,
      `the pipeline failed, so the notebooks cannot run:\n${pipeline.stdout}\n${pipeline.stderr}`,
    );
    const names = await notebookNames();
    assert.ok(names.length > 0, `expected notebooks in ${NOTEBOOK_FOLDER}/`);
    for (const name of names) {
      await t.step(name, async () => {
        const module = notebookModule(name, await readNotebook(name));
        const { code, stderr } = await runModule(module.source, run);
        const line = Number(/\$deno\$stdin\.mts:(\d+)/.exec(stderr)?.[1] ?? 0);
        const origin = module.cellOfLine(line);
        const where = origin ? `cell ${origin.cell}, line ${origin.line}` : "an unknown cell";
        assert.equal(code, 0, `${name} failed in ${where}:\n${stderr}`);
      });
    }
  }
});
