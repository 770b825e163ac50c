/**
 * The runner reruns only what is stale, on two small stages defined for the tests: `sourcing`
 * copies a raw file, `summing` adds up the copy into a folder of its own.
 */

import assert from "node:assert/strict";
import { type RunOptions, runPipeline, type StageRun } from "../../pipeline/_shared/runner.ts";
import { type RunPaths, runPathsFrom } from "../../pipeline/_shared/run_paths.ts";
import { PipelineError } from "../../pipeline/_shared/stage.ts";
import { counting, sourcing, summing, throwing } from "./fixtures/stages.ts";

const PIPELINE = [sourcing, summing];

async function folder(numbers = "1 2 3"): Promise<RunPaths> {
  const root = await Deno.makeTempDir({ prefix: "up-to-date-" });
  await Deno.mkdir(`${root}/raw`);
  await Deno.writeTextFile(`${root}/raw/source.txt`, numbers);
  return runPathsFrom({ raw: `${root}/raw`, out: `${root}/out`, interim: `${root}/interim` });
}

async function run(
  paths: RunPaths,
  options: Partial<RunOptions> = {},
  stages = PIPELINE,
): Promise<{ runs: StageRun[]; lines: string[] }> {
  const lines: string[] = [];
  const runs = await runPipeline(stages, {
    paths,
    log: (l) => lines.push(l),
    echo: (l) => lines.push(l),
    ...options,
  });
  return { runs, lines };
}

function ran(runs: StageRun[]): string[] {
  return runs.filter((r) => !r.upToDate).map((r) => r.stage);
}

async function manifest(paths: RunPaths) {
  return JSON.parse(await Deno.readTextFile(`${paths.out}/manifest.json`));
}

/** Bytes and modification time of every file below `root`. */
async function snapshot(root: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for await (const entry of Deno.readDir(root)) {
    const path = `${root}/${entry.name}`;
    if (entry.isDirectory) { for (const [k, v] of await snapshot(path)) found.set(k, v); }
    else {
      const info = await Deno.stat(path);
      found.set(path, `${await Deno.readTextFile(path)}@${info.mtime?.getTime()}`);
    }
  }
  return found;
}

Deno.test("a rerun with nothing changed runs no stage and touches no file", async () => {
  const paths = await folder();
  assert.deepEqual(ran((await run(paths)).runs), ["sourcing", "summing"]);
  const before = await snapshot(paths.out);
  const again = await run(paths);
  assert.deepEqual(ran(again.runs), []);
  assert.deepEqual(again.lines, ["sourcing  up to date", "summing   up to date"]);
  assert.deepEqual(await snapshot(paths.out), before);
  assert.equal((await manifest(paths)).complete, true);
});

Deno.test("a changed input reruns its stage and the stages its outputs feed, saying why", async () => {
  const paths = await folder();
  await run(paths);
  await Deno.writeTextFile(`${paths.raw}/source.txt`, "4 5");
  const { runs, lines } = await run(paths);
  assert.deepEqual(ran(runs), ["sourcing", "summing"]);
  assert.ok(
    lines.includes(`sourcing  stale: input changed: ${paths.raw}/source.txt`),
    lines.join("\n"),
  );
  assert.ok(lines.includes(`summing   stale: input changed: ${paths.out}/copy.txt`));
  assert.equal(await Deno.readTextFile(`${paths.out}/sum/total.txt`), "9\n");
});

Deno.test("an input rewritten with the same bytes reruns nothing downstream", async () => {
  const paths = await folder();
  await run(paths);
  await Deno.writeTextFile(`${paths.out}/copy.txt`, "1 2 3");
  assert.deepEqual(ran((await run(paths)).runs), []);
});

Deno.test("an output altered or deleted by hand reruns the stage that wrote it, and only that", async () => {
  const paths = await folder();
  await run(paths);
  await Deno.writeTextFile(`${paths.out}/sum/total.txt`, "7\n");
  const altered = await run(paths);
  assert.deepEqual(ran(altered.runs), ["summing"]);
  assert.ok(altered.lines.includes(`summing   stale: output modified: ${paths.out}/sum/total.txt`));
  await Deno.remove(`${paths.out}/sum/total.txt`);
  assert.deepEqual(ran((await run(paths)).runs), ["summing"]);
  assert.equal(await Deno.readTextFile(`${paths.out}/sum/total.txt`), "6\n");
});

Deno.test("--from refuses to build on a stale earlier stage, naming it and why", async () => {
  const paths = await folder();
  await run(paths);
  await Deno.writeTextFile(`${paths.raw}/source.txt`, "10");
  await assert.rejects(
    () => run(paths, { from: "summing" }),
    (error: Error) => {
      assert.ok(error instanceof PipelineError);
      assert.match(error.message, /refusing --from summing: earlier stages are stale/);
      assert.match(error.message, new RegExp(`- sourcing: input changed: ${paths.raw}/source.txt`));
      assert.match(error.message, /Run `deno task all --raw .* --out .*`/);
      return true;
    },
  );
  assert.equal(await Deno.readTextFile(`${paths.out}/sum/total.txt`), "6\n");
});

Deno.test("--only reruns the later stages it leaves stale, and --force reruns what is up to date", async () => {
  const paths = await folder();
  await run(paths);
  await Deno.writeTextFile(`${paths.raw}/source.txt`, "10");
  assert.deepEqual(ran((await run(paths, { only: "sourcing" })).runs), ["sourcing", "summing"]);
  assert.deepEqual(ran((await run(paths, { only: "sourcing" })).runs), []);
  assert.deepEqual(ran((await run(paths, { only: "sourcing", force: true })).runs), ["sourcing"]);
  assert.deepEqual(ran((await run(paths, { force: true })).runs), ["sourcing", "summing"]);
});

Deno.test("the manifest names no machine path: runs in two folders write the same bytes", async () => {
  const [a, b] = [await folder(), await folder()];
  await run(a);
  await run(b);
  const text = await Deno.readTextFile(`${a.out}/manifest.json`);
  assert.equal(text, await Deno.readTextFile(`${b.out}/manifest.json`));
  assert.doesNotMatch(text, /\/tmp|up-to-date-/);
  const record = JSON.parse(text).stages;
  assert.deepEqual(Object.keys(record.summing.inputs), ["<out>/copy.txt"]);
  assert.deepEqual(Object.keys(record.summing.outputs), ["<out>/sum/total.txt"]);
  assert.ok("tests/shared/fixtures/summing_stage.ts" in record.summing.code.modules);
  assert.ok("pipeline/_shared/atomic_write.ts" in record.summing.code.modules);
});

Deno.test("temporary files left by an interrupted write are removed by the next run", async () => {
  const paths = await folder();
  await run(paths);
  const partials = [
    `${paths.out}/.copy.txt.partial`,
    `${paths.out}/sum/.total.txt.partial`,
    `${paths.out}/.manifest.json.partial`,
  ];
  for (const partial of partials) await Deno.writeTextFile(partial, "half");
  const { runs, lines } = await run(paths);
  assert.deepEqual(ran(runs), []);
  assert.ok(lines.includes("removed 3 temporary file(s) left by an interrupted write"));
  for (const partial of partials) await assert.rejects(Deno.stat(partial), Deno.errors.NotFound);
});

Deno.test("a failed stage leaves the manifest incomplete, without a record of that stage", async () => {
  const paths = await folder();
  const { runs } = await run(paths, {}, [counting, throwing]);
  assert.deepEqual(runs.map((r) => [r.stage, r.ok]), [["counting", true], ["throwing", false]]);
  const recorded = await manifest(paths);
  assert.equal(recorded.complete, false);
  assert.deepEqual(Object.keys(recorded.stages), ["counting"]);
  const again = await run(paths, {}, [counting, throwing]);
  assert.deepEqual(ran(again.runs), ["throwing"]);
  assert.ok(
    again.lines.includes("the previous run did not complete: rerunning what it left stale"),
  );
});
