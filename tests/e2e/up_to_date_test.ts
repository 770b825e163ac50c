/**
 * Up-to-date stages on the real pipeline: a no-op rerun of the committed study skips every stage
 * and touches no output; a change reruns exactly the stages downstream of it: the plan (every
 * stage that reads it), one raw cell (every stage), one stage's source (that stage, the report,
 * whose certificate fingerprints the code, and no stage whose inputs came out the same).
 */

import assert from "node:assert/strict";
import { join } from "node:path";
import { runPipelineProcess } from "./_pipeline.ts";
import {
  copyFolder,
  copyOfCommittedRun,
  folderContents,
  rawWithMovedDeath,
  stagesRun,
} from "./_run_state.ts";

async function mtimes(folder: string): Promise<Map<string, number | undefined>> {
  const times = new Map<string, number | undefined>();
  for (const file of (await folderContents(folder)).keys()) {
    times.set(file, (await Deno.stat(join(folder, file))).mtime?.getTime());
  }
  return times;
}

Deno.test("a no-op rerun of the committed study skips every stage and touches no output", async () => {
  const run = await copyOfCommittedRun("noop-");
  const [bytes, times] = [await folderContents(run.out), await mtimes(run.out)];
  const again = await runPipelineProcess(["--out", run.out, "--interim", run.interim]);
  assert.equal(again.code, 0, again.stderr);
  assert.deepEqual(stagesRun(again.stdout), []);
  assert.equal(again.stdout.match(/ up to date$/gm)?.length, 6, again.stdout);
  assert.deepEqual(await folderContents(run.out), bytes);
  assert.deepEqual(await mtimes(run.out), times);
});

Deno.test("editing the plan reruns every stage that reads it, and only those", async () => {
  const run = await copyOfCommittedRun("plan-edit-");
  const plan = JSON.parse(await Deno.readTextFile("pipeline/analysis-plan.json"));
  plan.headlineCi = "log";
  await Deno.writeTextFile(`${run.folder}/plan.json`, JSON.stringify(plan, null, 2));
  const args = ["--out", run.out, "--interim", run.interim, "--plan", `${run.folder}/plan.json`];
  const edited = await runPipelineProcess(args);
  assert.equal(edited.code, 0, edited.stderr);
  // Every stage reads the plan (ingest validates it with the data, for the plausibility rules).
  assert.deepEqual(stagesRun(edited.stdout), [
    "ingest",
    "harmonise",
    "derive",
    "statistics",
    "figures",
    "report",
  ]);
  assert.match(edited.stdout, /^ingest +stale: input changed: .*plan\.json$/m);
});

Deno.test("editing one raw cell reruns every stage downstream of the raw data", async () => {
  const run = await copyOfCommittedRun("raw-edit-");
  const raw = await rawWithMovedDeath(run.folder);
  const edited = await runPipelineProcess([
    "--raw",
    raw,
    "--out",
    run.out,
    "--interim",
    run.interim,
  ]);
  assert.deepEqual(stagesRun(edited.stdout), [
    "ingest",
    "harmonise",
    "derive",
    "statistics",
    "figures",
    "report",
  ]);
  assert.match(edited.stdout, /^ingest +stale: input changed: .*S10\/patients\.tsv$/m);
});

Deno.test("editing one stage's source reruns that stage and the report, not stages its outputs left unchanged", async () => {
  const project = await Deno.makeTempDir({ prefix: "source-edit-" });
  for (const part of ["pipeline", "data/raw", "data/vocabulary", "data/reference"]) {
    await copyFolder(part, join(project, part));
  }
  for (const file of ["deno.json", "deno.lock"]) await Deno.copyFile(file, join(project, file));
  const run = await copyOfCommittedRun("source-edit-run-");
  const args = ["run", "--no-prompt", "--allow-run=deno", "pipeline/run.ts"];
  const pipeline = async () => {
    const output = await new Deno.Command("deno", {
      args: [...args, "--out", run.out, "--interim", run.interim],
      cwd: project,
      env: { TZ: "UTC", NO_COLOR: "1" },
      stdout: "piped",
      stderr: "piped",
    }).output();
    return new TextDecoder().decode(output.stdout) + new TextDecoder().decode(output.stderr);
  };
  assert.deepEqual(stagesRun(await pipeline()), [], "the copy starts up to date");
  const source = join(project, "pipeline/statistics/flow.ts");
  await Deno.writeTextFile(source, (await Deno.readTextFile(source)) + "\n// An edit.\n");
  const output = await pipeline();
  assert.deepEqual(stagesRun(output), ["statistics", "report"], output);
  assert.match(output, /^statistics +stale: code changed: pipeline\/statistics\/flow\.ts$/m);
  assert.match(output, /^figures +up to date$/m);
});
