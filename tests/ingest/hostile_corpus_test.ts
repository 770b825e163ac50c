/**
 * The hostile-input corpus (`corpus/mutations.ts`): each broken copy of the committed exports is
 * run through the real pipeline (`pipeline/run.ts`, one process per stage, as `deno task all`)
 * into output and interim folders first filled by a good run. Each run must exit 1 at ingest with
 * a message that names the problem where the mutation put it (site, file, row or cell, column, the
 * value found, the rule), without a stack trace, within a time limit (no hang), and leave both
 * folders byte for byte as they were.
 *
 * Cases run three at a time; the wall time is printed.
 */

import assert from "node:assert/strict";
import { join } from "node:path";
import { committedRun } from "../e2e/_committed_run.ts";
import { listFiles } from "../e2e/_pipeline.ts";
import { showFound } from "../../pipeline/ingest/validation/issues.ts";
import { caseName, copyFolder, prepareCase } from "./corpus/make_corpus.ts";
import { type Expected, MUTATIONS } from "./corpus/mutations.ts";

const POOL = 3;
const TIMEOUT_MS = 60_000;

interface Outcome {
  name: string;
  expected: Expected;
  code: number | "timeout";
  stderr: string;
  changed: string[];
  seconds: number;
}

/** Every file below `folder` with its bytes' SHA-256. */
async function snapshot(folder: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const file of await listFiles(folder)) {
    const digest = await crypto.subtle.digest("SHA-256", await Deno.readFile(join(folder, file)));
    hashes.set(file, [...new Uint8Array(digest)].map((b) => b.toString(16)).join(""));
  }
  return hashes;
}

function differences(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => before.get(name) !== after.get(name)).sort();
}

/** Runs the pipeline on `args`, killed after the time limit. */
async function runWithTimeout(
  args: string[],
): Promise<{ code: number | "timeout"; stderr: string }> {
  const child = new Deno.Command("deno", {
    args: ["run", "--no-prompt", "--allow-run=deno", "pipeline/run.ts", ...args],
    env: { TZ: "UTC", NO_COLOR: "1" },
    stdin: "null",
    stdout: "null",
    stderr: "piped",
  }).spawn();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill("SIGKILL");
  }, TIMEOUT_MS);
  const output = await child.output();
  clearTimeout(timer);
  return {
    code: timedOut ? "timeout" : output.code,
    stderr: new TextDecoder().decode(output.stderr),
  };
}

async function runCase(index: number, baseline: { out: string; interim: string }, root: string) {
  const mutation = MUTATIONS[index]!;
  const folder = join(root, caseName(mutation, index));
  const prepared = await prepareCase(mutation, folder);
  const out = join(folder, "out");
  const interim = join(folder, "interim");
  await copyFolder(baseline.out, out);
  await copyFolder(baseline.interim, interim);
  const before = new Map([
    ...[...await snapshot(out)].map(([f, h]) => [`out/${f}`, h] as const),
    ...[...await snapshot(interim)].map(([f, h]) => [`interim/${f}`, h] as const),
  ]);
  const started = performance.now();
  const { code, stderr } = await runWithTimeout([
    ...prepared.args,
    "--out",
    out,
    "--interim",
    interim,
  ]);
  const seconds = (performance.now() - started) / 1000;
  const after = new Map([
    ...[...await snapshot(out)].map(([f, h]) => [`out/${f}`, h] as const),
    ...[...await snapshot(interim)].map(([f, h]) => [`interim/${f}`, h] as const),
  ]);
  // The case's raw copy may hold a 4 GiB sparse file or a pipe: remove it now.
  await Deno.remove(folder, { recursive: true });
  return {
    name: mutation.name,
    expected: prepared.expected,
    code,
    stderr,
    changed: differences(before, after),
    seconds,
  };
}

/** The two lines an issue prints, up to where its free text starts. */
function expectedLines(e: Expected): { head: string; rule: string } {
  const where = [e.site, e.file, e.row].filter((part) => part !== "").join(" ") || "the raw folder";
  const column = e.column === "" ? "" : `, column ${e.column}`;
  const found = e.found === undefined ? "" : `found ${showFound(e.found)}`;
  return { head: `- ${where}${column}: ${found}`, rule: `  rule ${e.rule}` };
}

Deno.test("every input of the hostile corpus is refused at ingest, located, and changes nothing", async (t) => {
  assert.ok(MUTATIONS.length >= 60, `${MUTATIONS.length} mutations`);
  const run = await committedRun();
  assert.equal(run.code, 0, run.stderr);
  const root = await Deno.makeTempDir({ prefix: "hostile-corpus-" });
  const started = performance.now();
  const outcomes: Outcome[] = new Array(MUTATIONS.length);
  let next = 0;
  await Promise.all(Array.from({ length: POOL }, async () => {
    while (next < MUTATIONS.length) {
      const index = next++;
      try {
        outcomes[index] = await runCase(index, run, root);
      } catch (error) {
        outcomes[index] = {
          name: MUTATIONS[index]!.name,
          expected: { site: "", file: "", row: "", column: "", rule: "" },
          code: -1,
          stderr: `the case could not be prepared: ${(error as Error).stack}`,
          changed: [],
          seconds: 0,
        };
      }
    }
  }));
  const wall = (performance.now() - started) / 1000;
  await Deno.remove(root, { recursive: true });
  const slowest = outcomes.reduce((a, b) => a.seconds > b.seconds ? a : b);
  console.log(
    `${outcomes.length} cases in ${wall.toFixed(1)} s wall time (${POOL} at a time; slowest ` +
      `${slowest.seconds.toFixed(1)} s: ${slowest.name})`,
  );
  for (const outcome of outcomes) {
    await t.step(outcome.name, () => {
      const { stderr, expected } = outcome;
      assert.equal(outcome.code, 1, `exit status; stderr:\n${stderr}`);
      assert.match(
        stderr,
        /^error in stage ingest: raw data cannot be used: \d+ problems? found$/m,
      );
      assert.doesNotMatch(stderr, /\n\s+at |Stack backtrace|Uncaught/, "no stack trace");
      const { head, rule } = expectedLines(expected);
      const lines = stderr.split("\n");
      const at = lines.findIndex((line, i) =>
        line.startsWith(head) && /^[:;]/.test((lines[i + 1] ?? "").slice(rule.length)) &&
        (lines[i + 1] ?? "").startsWith(rule)
      );
      assert.ok(at >= 0, `expected\n${head}\n${rule}\nin:\n${stderr}`);
      assert.deepEqual(outcome.changed, [], "outputs and interim unchanged");
    });
  }
});
