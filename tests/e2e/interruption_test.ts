/**
 * Interruptions at many moments of a real run: the runner or the stage it is running is killed
 * (SIGKILL or SIGINT) while the pipeline rebuilds a changed study, then what `deno task verify`
 * says is checked, then the pipeline is rerun. Whatever was killed, at whatever moment: no pipeline process outlives the runner;
 * verify never calls the run complete unless the outputs are exactly those of a complete run;
 * the rerun completes and its outputs (the manifest included, which then says complete) equal a
 * run that was never interrupted, byte for byte, with no temporary file left behind.
 *
 * The changed study: the committed raw data with one date of death moved, and the plan's
 * certificate set to "record" (the moved death changes the median, so under "enforce" no run
 * would complete). Every stage is stale after that change, so kills land in every stage.
 */

import assert from "node:assert/strict";
import { join } from "node:path";
import { declareStage } from "../../pipeline/_shared/manifest/declaration.ts";
import { RunRecord } from "../../pipeline/_shared/manifest/run_record.ts";
import { verifyRun } from "../../pipeline/_shared/manifest/verification.ts";
import { verified } from "../../pipeline/_shared/manifest/verification_text.ts";
import { type RunPaths, runPathsFrom } from "../../pipeline/_shared/run_paths.ts";
import { STAGES } from "../../pipeline/stages.ts";
import { runPipelineProcess } from "./_pipeline.ts";
import {
  copyFolder,
  copyOfCommittedRun,
  folderContents,
  rawWithMovedDeath,
  stagesRun,
} from "./_run_state.ts";

type Target = "runner" | "stage";

/**
 * What is killed with which signal, in turn, at twelve moments spread evenly over the time an
 * uninterrupted run takes (measured in the test, so the moments follow the machine's load).
 */
const KILLS: { target: Target; signal: Deno.Signal }[] = [
  { target: "runner", signal: "SIGKILL" },
  { target: "stage", signal: "SIGINT" },
  { target: "runner", signal: "SIGINT" },
  { target: "stage", signal: "SIGKILL" },
];
const MOMENTS = 12;

const HELPER = [
  "run",
  "--no-prompt",
  "--allow-read=/proc",
  "--allow-run",
  "tests/e2e/_process_tree.ts",
];

async function helper(args: string[]): Promise<unknown> {
  const { stdout } = await new Deno.Command("deno", { args: [...HELPER, ...args], stdout: "piped" })
    .output();
  return JSON.parse(new TextDecoder().decode(stdout));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The pids of processes still running for the run in `folder`, after waiting up to 4 s: a stage
 * notices its runner is gone within 50 ms of its next turn of the event loop, and the figures
 * stage draws for a second or more between turns when the machine is busy with other tests.
 */
async function survivors(folder: string): Promise<number[]> {
  let left: number[] = [];
  for (let i = 0; i < 40; i++) {
    left = await helper(["matching", folder]) as number[];
    if (left.length === 0) break;
    await sleep(100);
  }
  return left;
}

/** Whether `deno task verify` would pass (computed in this process: same code, no process). */
async function verifies(paths: RunPaths): Promise<boolean> {
  const record = await RunRecord.open(paths, STAGES.map((s) => declareStage(s, paths)));
  return verified(await verifyRun(record));
}

async function partials(folder: string): Promise<string[]> {
  return [...(await folderContents(folder)).keys()].filter((f) => f.endsWith(".partial"));
}

Deno.test("kills of the runner or a stage at many moments never leave a run that passes for complete", async () => {
  const setup = await Deno.makeTempDir({ prefix: "kills-" });
  const raw = await rawWithMovedDeath(setup);
  const plan = JSON.parse(await Deno.readTextFile("pipeline/analysis-plan.json"));
  plan.certificate = "record";
  await Deno.writeTextFile(`${setup}/plan.json`, JSON.stringify(plan, null, 2));
  const changed = ["--raw", raw, "--plan", `${setup}/plan.json`];
  const started = performance.now();
  const reference = await runPipelineProcess([
    ...changed,
    ...["--out", `${setup}/reference/out`, "--interim", `${setup}/reference/interim`],
  ]);
  const duration = performance.now() - started;
  assert.equal(reference.code, 0, reference.stderr);
  const expected = await folderContents(`${setup}/reference/out`);
  const baseline = await copyOfCommittedRun("kills-baseline-");

  /** One case: a run of the changed study from the baseline, killed, verified, rerun. */
  async function interrupt(at: number, target: Target, signal: Deno.Signal): Promise<string> {
    const name = `${target} ${signal} at ${at} ms`;
    const folder = join(setup, `${target}-${signal}-${at}`);
    await copyFolder(baseline.out, `${folder}/out`);
    await copyFolder(baseline.interim, `${folder}/interim`);
    const args = [...changed, "--out", `${folder}/out`, "--interim", `${folder}/interim`];
    const runner = new Deno.Command("deno", {
      args: ["run", "--no-prompt", "--allow-run=deno", "pipeline/run.ts", ...args],
      env: { TZ: "UTC", NO_COLOR: "1" },
      stdout: "null",
      stderr: "null",
    }).spawn();
    await sleep(at);
    let killed = "signalled nothing (the run had ended, or was between stages)";
    if (target === "runner") {
      try {
        runner.kill(signal);
        killed = "killed the runner";
      } catch {
        // The runner had already ended.
      }
    } else {
      const stage = await helper(["kill-stage", String(runner.pid), signal]);
      if (stage !== null) killed = `signalled stage ${stage}`;
    }
    const status = await runner.status;
    assert.deepEqual(await survivors(folder), [], `${name}: processes outlived the runner`);

    const complete = await verifies(runPathsFrom({
      raw,
      plan: `${setup}/plan.json`,
      out: `${folder}/out`,
      interim: `${folder}/interim`,
    }));
    if (complete) {
      const contents = await folderContents(`${folder}/out`);
      assert.deepEqual(contents, expected, `${name}: verify called a partial run complete`);
    }
    const manifest = JSON.parse(await Deno.readTextFile(`${folder}/out/manifest.json`));
    const recorded = Object.keys(manifest.stages).length;
    const rerun = await runPipelineProcess(args);
    assert.equal(rerun.code, 0, `${name}: the rerun failed\n${rerun.stderr}`);
    assert.deepEqual(await folderContents(`${folder}/out`), expected, `${name}: rerun differs`);
    assert.deepEqual(await partials(folder), [], `${name}: temporary files left`);
    return `${name}: ${killed}, exit ${status.code}, ${recorded} stages recorded, ` +
      `verify says ${complete ? "complete" : "incomplete"}; rerun ran ` +
      `${stagesRun(rerun.stdout).join(", ") || "nothing"}`;
  }

  const outcomes: string[] = [];
  for (let i = 0; i < MOMENTS; i++) {
    const { target, signal } = KILLS[i % KILLS.length]!;
    outcomes.push(await interrupt(Math.round((i + 0.5) / MOMENTS * duration), target, signal));
  }
  console.log(`an uninterrupted run took ${Math.round(duration)} ms\n${outcomes.join("\n")}`);
  // The moments must have caught runs in progress, not only finished ones.
  assert.ok(outcomes.filter((o) => o.includes("says incomplete")).length >= MOMENTS / 2);
});
