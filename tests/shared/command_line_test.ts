/**
 * Every task answers `--help` with its usage and exit 0, and a wrong option with one line (no
 * stack trace) and exit 2; permission flags can name any path, commas included.
 */

import assert from "node:assert/strict";
import { main, usage } from "../../pipeline/run.ts";
import {
  commaFreePath,
  permissionList,
  widenedPaths,
} from "../../pipeline/_shared/permission_list.ts";

const config = JSON.parse(await Deno.readTextFile("deno.json"));
const PIPELINE_TASKS = ["all", "ingest", "harmonise", "derive", "statistics", "figures", "report"];

async function task(name: string, ...args: string[]) {
  const output = await new Deno.Command("deno", {
    args: ["task", "-q", name, ...args],
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder();
  return {
    code: output.code,
    stdout: text.decode(output.stdout),
    stderr: text.decode(output.stderr),
  };
}

async function capture(run: () => Promise<number>) {
  const lines: string[] = [];
  const [log, error] = [console.log, console.error];
  console.log = (line: string) => lines.push(line);
  console.error = (line: string) => lines.push(line);
  try {
    return { code: await run(), text: lines.join("\n") };
  } finally {
    [console.log, console.error] = [log, error];
  }
}

Deno.test("deno task all --help prints the usage, naming every stage and option, and exits 0", async () => {
  const { code, text } = await capture(() => main(["--help"]));
  assert.equal(code, 0);
  assert.equal(text, usage());
  for (const word of ["--raw", "--out", "--interim", "--plan", "--only", "--from", "ingest"]) {
    assert.match(text, new RegExp(word));
  }
});

Deno.test("an unknown option or stage is one line and exit 2, before any stage runs", async () => {
  for (const args of [["--bogus"], ["--only", "nope"], ["--raw"], ["stray"]]) {
    const { code, text } = await capture(() => main(args));
    assert.equal(code, 2, args.join(" "));
    assert.equal(text.split("\n").length, 1, text);
    assert.match(text, /\(see --help\)$/);
  }
});

Deno.test("every task that takes arguments answers --help with exit 0", async () => {
  for (const name of [...PIPELINE_TASKS, "synth", "why", "bench:pipeline", "figures:accept"]) {
    assert.ok(name in config.tasks, name);
    const { code, stdout } = await task(name, "--help");
    assert.equal(code, 0, `deno task ${name} --help`);
    assert.match(stdout, /^usage: deno task/, name);
  }
});

Deno.test("a wrong option of a task is one line on stderr and exit 2, without a stack trace", async () => {
  for (const name of ["all", "derive", "synth", "why"]) {
    const { code, stderr } = await task(name, "--bogus");
    assert.equal(code, 2, name);
    assert.match(stderr, /Unknown option '--bogus'/, name);
    assert.doesNotMatch(stderr, /\n\s+at /, `${name}: no stack trace`);
  }
});

Deno.test("a stage run directly with a wrong option says so without a stack trace", async () => {
  const output = await new Deno.Command("deno", {
    args: ["run", "--no-prompt", "pipeline/derive/mod.ts", "--bogus"],
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const stderr = new TextDecoder().decode(output.stderr);
  assert.equal(output.code, 1);
  assert.match(stderr, /^error in stage derive: Unknown option '--bogus'/);
  assert.doesNotMatch(stderr, /\n\s+at /);
});

Deno.test("a path with a comma is granted through its nearest comma-free ancestor, and said so", () => {
  assert.equal(commaFreePath("/tmp/a,b/out"), "/tmp");
  assert.equal(commaFreePath("a,b/out"), ".");
  assert.equal(commaFreePath("/x,y"), "/");
  assert.equal(commaFreePath('/tmp/d "q" é/out'), '/tmp/d "q" é/out');
  assert.equal(permissionList(["/w/a,b/raw/", "/w/a,b/out/", "/w/plan.json"]), "/w,/w/plan.json");
  assert.deepEqual(widenedPaths(["/w/a,b/raw", "/w/out", "/w/a,b/raw"]), ["/w/a,b/raw"]);
});

Deno.test("an output folder that cannot be made stops the run before any stage writes", async () => {
  const folder = await Deno.makeTempDir();
  await Deno.writeTextFile(`${folder}/a-file`, "not a folder\n");
  const { code, text } = await capture(() =>
    main(["--out", `${folder}/a-file/out`, "--interim", `${folder}/interim`])
  );
  assert.equal(code, 1);
  assert.match(text, /^pipeline stopped: could not create an output folder: .*Not a directory/m);
  assert.doesNotMatch(text, /\n\s+at /, "no stack trace");
  // Nothing was written: the interim folder is absent, or holds only empty folders.
  const written: string[] = [];
  try {
    for await (const entry of Deno.readDir(`${folder}/interim`)) {
      for await (const file of Deno.readDir(`${folder}/interim/${entry.name}`)) {
        written.push(file.name);
      }
    }
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
  assert.deepEqual(written, []);
});
