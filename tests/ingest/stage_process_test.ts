/**
 * The ingest stage as the runner starts it: its own process, allowed to read only the raw folder
 * and the vocabulary and to write only `<interim>/ingest/`. A broken export must stop it before it
 * writes anything, leaving earlier artefacts (and `outputs/`) exactly as they were.
 */

import assert from "node:assert/strict";
import { join } from "node:path";
import { permissionFlags } from "../../pipeline/_shared/runner.ts";
import { runPathArgs, runPathsFrom } from "../../pipeline/_shared/run_paths.ts";
import { ingestStage as ingest } from "../../pipeline/ingest/spec.ts";
import { FIXTURE_RAW } from "./fixture.ts";

/** Copies the fixture's raw folder (regular files only) into `folder`. */
async function copyRaw(folder: string): Promise<void> {
  for await (const site of Deno.readDir(FIXTURE_RAW)) {
    await Deno.mkdir(join(folder, site.name), { recursive: true });
    for await (const file of Deno.readDir(join(FIXTURE_RAW, site.name))) {
      await Deno.copyFile(
        join(FIXTURE_RAW, site.name, file.name),
        join(folder, site.name, file.name),
      );
    }
  }
}

/** Every file below `folder` with its text, sorted by path. */
async function snapshot(folder: string): Promise<[string, string][]> {
  const files: [string, string][] = [];
  for await (const entry of Deno.readDir(folder)) {
    const path = join(folder, entry.name);
    if (entry.isDirectory) files.push(...await snapshot(path));
    else files.push([path, await Deno.readTextFile(path)]);
  }
  return files.sort((a, b) => a[0] < b[0] ? -1 : 1);
}

Deno.test("a broken export stops the ingest process with the located message and writes nothing", async () => {
  const work = await Deno.makeTempDir();
  const paths = runPathsFrom({
    raw: join(work, "raw"),
    interim: join(work, "interim"),
    out: join(work, "out"),
  });
  await copyRaw(paths.raw);
  const patients = join(paths.raw, "A01", "patients.csv");
  const text = await Deno.readTextFile(patients);
  await Deno.writeTextFile(
    patients,
    text.replace("2012-02-15,aponeurosis", "15/02/2012,aponeurosis"),
  );
  await Deno.mkdir(join(paths.interim, "ingest"), { recursive: true });
  await Deno.mkdir(paths.out, { recursive: true });
  await Deno.writeTextFile(join(paths.interim, "ingest", "patients.arrow"), "sentinel");
  await Deno.writeTextFile(join(paths.out, "data-quality.md"), "# an earlier report\n");
  const before = [...await snapshot(paths.interim), ...await snapshot(paths.out)];

  const child = await new Deno.Command("deno", {
    args: ["run", ...permissionFlags(ingest, paths), ingest.module, ...runPathArgs(paths)],
    env: { TZ: "UTC", NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const stderr = new TextDecoder().decode(child.stderr);

  assert.equal(child.code, 1);
  assert.match(stderr, /error in stage ingest: raw data cannot be used/);
  assert.match(
    stderr,
    /- A01 patients\.csv row 3, column "diagnosis" \(diagnosis_date\): found "15\/02\/2012"/,
  );
  assert.doesNotMatch(stderr, /at file:|Stack/, "a data problem is shown without a stack trace");
  assert.deepEqual([...await snapshot(paths.interim), ...await snapshot(paths.out)], before);
});
