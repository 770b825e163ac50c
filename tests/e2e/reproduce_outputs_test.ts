/**
 * The committed outputs/ are exactly what the pipeline makes from the committed data/raw/: a run
 * into a fresh folder gives the same files, byte for byte. This is both the determinism check
 * (identical inputs, identical bytes) and the guard that outputs/ was regenerated after a change.
 */
import assert from "node:assert/strict";
import { committedRun } from "./_committed_run.ts";
import { listFiles } from "./_pipeline.ts";

Deno.test("deno task all on the committed data reproduces outputs/ byte for byte", async () => {
  const run = await committedRun();
  const folder = run.folder;
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^report +rows read +\d+/m);
  const committed = await listFiles("outputs");
  assert.deepEqual(await listFiles(`${folder}/out`), committed);
  const differing: string[] = [];
  for (const file of committed) {
    const [ours, theirs] = await Promise.all([
      Deno.readFile(`${folder}/out/${file}`),
      Deno.readFile(`outputs/${file}`),
    ]);
    if (ours.length !== theirs.length || ours.some((byte, i) => byte !== theirs[i])) {
      differing.push(file);
    }
  }
  assert.deepEqual(differing, [], "outputs/ is stale: run `deno task all` and commit outputs/");
});

Deno.test("the runner prints one line per stage, in pipeline order", async () => {
  const run = await committedRun();
  const stages = run.stdout.split("\n").flatMap((line) => {
    const match = /^(\w+) +rows read +\d+ +rows written +\d+ +\d+\.\d\d s$/.exec(line);
    return match ? [match[1]] : [];
  });
  assert.deepEqual(stages, ["ingest", "harmonise", "derive", "statistics", "figures", "report"]);
});
