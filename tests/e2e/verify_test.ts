/**
 * `deno task verify` on copies of the suite's run of the committed data: a complete run verifies;
 * one flipped byte in any file of the run (outputs, the manifest, intermediate files) fails it,
 * naming that file; absent intermediate files (a fresh clone) are noted, not failed.
 */

import assert from "node:assert/strict";
import { join } from "node:path";
import { declareStage } from "../../pipeline/_shared/manifest/declaration.ts";
import { sealedManifestText } from "../../pipeline/_shared/manifest/manifest.ts";
import { RunRecord } from "../../pipeline/_shared/manifest/run_record.ts";
import { verifyRun } from "../../pipeline/_shared/manifest/verification.ts";
import { verificationText, verified } from "../../pipeline/_shared/manifest/verification_text.ts";
import { type RunPaths, runPathsFrom } from "../../pipeline/_shared/run_paths.ts";
import { STAGES } from "../../pipeline/stages.ts";
import { listFiles } from "./_pipeline.ts";
import { copyOfCommittedRun } from "./_run_state.ts";

/** The verification `deno task verify` prints, computed in this process. */
async function verify(paths: RunPaths): Promise<{ ok: boolean; text: string }> {
  const record = await RunRecord.open(paths, STAGES.map((s) => declareStage(s, paths)));
  const verification = await verifyRun(record);
  return { ok: verified(verification), text: verificationText(verification, paths).join("\n") };
}

async function verifyTask(paths: RunPaths): Promise<{ code: number; stdout: string }> {
  const { code, stdout } = await new Deno.Command("deno", {
    args: [
      "run",
      "--no-prompt",
      "--allow-run=deno",
      "pipeline/verify.ts",
      ...["--out", paths.out, "--interim", paths.interim],
    ],
    env: { TZ: "UTC", NO_COLOR: "1" },
    stdout: "piped",
    stderr: "inherit",
  }).output();
  return { code, stdout: new TextDecoder().decode(stdout) };
}

Deno.test("deno task verify exits 0 on a complete run and 1, naming the file, after one byte changed", async () => {
  const run = await copyOfCommittedRun("verify-task-");
  const paths = runPathsFrom(run);
  const passed = await verifyTask(paths);
  assert.equal(passed.code, 0, passed.stdout);
  assert.match(passed.stdout, /manifest\.json: verified: 6 stages, \d+ files/);
  const file = `${run.out}/tables/table1-baseline.md`;
  const bytes = await Deno.readFile(file);
  bytes[10] = bytes[10]! ^ 1;
  await Deno.writeFile(file, bytes);
  const failed = await verifyTask(paths);
  assert.equal(failed.code, 1);
  assert.match(failed.stdout, /NOT verified/);
  assert.ok(failed.stdout.includes(`output modified: ${file}`), failed.stdout);
  assert.match(failed.stdout, /stage report is stale → `deno task report --interim .* --out .*`/);
});

Deno.test("flipping one byte of any file of a run fails verify, naming that file", async () => {
  const run = await copyOfCommittedRun("verify-flip-");
  const paths = runPathsFrom(run);
  assert.equal((await verify(paths)).ok, true);
  const files = [
    ...(await listFiles(run.out)).map((f) => join(run.out, f)),
    ...(await listFiles(run.interim)).map((f) => join(run.interim, f)),
  ];
  assert.ok(files.length > 40, `${files.length} files`);
  const unnamed: string[] = [];
  for (const file of files) {
    const original = await Deno.readFile(file);
    const flipped = original.slice();
    const at = Math.floor(flipped.length / 2);
    flipped[at] = flipped[at]! ^ 1;
    await Deno.writeFile(file, flipped);
    const { ok, text } = await verify(paths);
    if (ok || !text.includes(file)) unnamed.push(file);
    await Deno.writeFile(file, original);
  }
  assert.deepEqual(unnamed, []);
  assert.equal((await verify(paths)).ok, true);
});

Deno.test("a run without its intermediate files, as in a fresh clone, verifies with a note", async () => {
  const run = await copyOfCommittedRun("verify-clone-");
  await Deno.remove(run.interim, { recursive: true });
  const { ok, text } = await verify(runPathsFrom(run));
  assert.equal(ok, true, text);
  assert.match(text, /note: the intermediate files \(.*\) are absent, so they were not checked/);
});

Deno.test("an interrupted run is never verified, even when every file it wrote is intact", async () => {
  const run = await copyOfCommittedRun("verify-incomplete-");
  const manifest = `${run.out}/manifest.json`;
  const text = await Deno.readTextFile(manifest);
  await Deno.writeTextFile(
    manifest,
    await sealedManifestText({ ...JSON.parse(text), sha256: "", complete: false }),
  );
  const result = await verify(runPathsFrom(run));
  assert.equal(result.ok, false);
  assert.match(result.text, /the run that wrote the manifest did not complete/);
});
