/**
 * The pipeline runs on folders whose names hold a comma (which a Deno permission flag cannot
 * name), spaces, double quotes and non-ASCII letters, and makes the same outputs as from the
 * default folders: no path reaches an output.
 */

import assert from "node:assert/strict";
import { join } from "node:path";
import { listFiles, runPipelineProcess } from "./_pipeline.ts";

async function copyFolder(from: string, to: string): Promise<void> {
  await Deno.mkdir(to, { recursive: true });
  for await (const entry of Deno.readDir(from)) {
    if (entry.isDirectory) await copyFolder(join(from, entry.name), join(to, entry.name));
    else await Deno.copyFile(join(from, entry.name), join(to, entry.name));
  }
}

Deno.test("folders named with a comma, spaces, quotes and accents give the committed outputs", async () => {
  const base = join(await Deno.makeTempDir(), 'run, "2" — été');
  await copyFolder("data/raw", join(base, "raw data"));
  await Deno.copyFile("pipeline/analysis-plan.json", join(base, "plan, v1.json"));
  const run = await runPipelineProcess([
    "--raw",
    join(base, "raw data"),
    "--out",
    join(base, "out"),
    "--interim",
    join(base, "interim, tmp"),
    "--plan",
    join(base, "plan, v1.json"),
  ]);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /has a comma, which a Deno permission flag cannot name/);
  const files = await listFiles("outputs");
  assert.deepEqual(await listFiles(join(base, "out")), files);
  for (const file of files) {
    const [ours, committed] = await Promise.all([
      Deno.readTextFile(join(base, "out", file)),
      Deno.readTextFile(join("outputs", file)),
    ]);
    assert.equal(ours, committed, file);
  }
});
