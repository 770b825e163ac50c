/**
 * Builds the hostile-input corpus: for each mutation of `mutations.ts`, a copy of `data/raw/`
 * broken as the mutation says, in its own folder, with `expected.json` (where ingest must locate
 * the problem) and, when the mutation changes the plan, `plan.json`.
 *
 *     deno run --allow-read=.,DIR --allow-write=DIR --allow-run=deno tests/ingest/corpus/make_corpus.ts DIR
 *
 * then, for a case: `deno task all --raw DIR/<case>/raw [--plan DIR/<case>/plan.json]`.
 */

import { join } from "node:path";
import type { AnalysisPlan } from "../../../pipeline/_shared/analysis_plan.ts";
import { type Expected, type Mutation, MUTATIONS } from "./mutations.ts";
import { RawEditor } from "./raw_editor.ts";

/** A prepared case: its folder, what ingest must say, and the pipeline arguments it needs. */
export interface PreparedCase {
  folder: string;
  expected: Expected;
  /** `--raw` (and `--plan` when the case has its own). */
  args: string[];
}

/** The folder name of a mutation: its name as a file name. */
export function caseName(mutation: Mutation, index: number): string {
  const slug = mutation.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return `${String(index + 1).padStart(2, "0")}-${slug}`.slice(0, 60);
}

/** Copies `data/raw/` into `folder/raw` and breaks it as `mutation` says. */
export async function prepareCase(mutation: Mutation, folder: string): Promise<PreparedCase> {
  const raw = join(folder, "raw");
  await copyFolder("data/raw", raw);
  const args = ["--raw", raw];
  const expected = await mutation.apply({
    editor: new RawEditor(raw),
    raw,
    async usePlan(edit: (plan: AnalysisPlan) => void) {
      const plan = JSON.parse(await Deno.readTextFile("pipeline/analysis-plan.json"));
      edit(plan);
      const path = join(folder, "plan.json");
      await Deno.writeTextFile(path, JSON.stringify(plan, null, 2));
      args.push("--plan", path);
    },
    makeFifo: (path: string) => special("fifo", path),
    makeSymlink: (target: string, path: string) => special("symlink", target, path),
  });
  // A plan problem is located in the plan file the case runs with.
  if (expected.file === "plan.json") expected.file = join(folder, "plan.json");
  return { folder, expected, args };
}

/** Makes a pipe or a link through the helper process allowed to start `mkfifo` and `ln`. */
async function special(...args: string[]): Promise<void> {
  const { code, stderr } = await new Deno.Command("deno", {
    args: [
      "run",
      "--no-prompt",
      "--allow-run=mkfifo,ln",
      "tests/ingest/corpus/make_special_file.ts",
      ...args,
    ],
    stderr: "piped",
  }).output();
  if (code !== 0) throw new Error(new TextDecoder().decode(stderr));
}

/** Copies a folder of regular files and folders. */
export async function copyFolder(from: string, to: string): Promise<void> {
  await Deno.mkdir(to, { recursive: true });
  for await (const entry of Deno.readDir(from)) {
    if (entry.isDirectory) await copyFolder(join(from, entry.name), join(to, entry.name));
    else await Deno.copyFile(join(from, entry.name), join(to, entry.name));
  }
}

if (import.meta.main) {
  const [out] = Deno.args;
  if (out === undefined) {
    console.error("usage: make_corpus.ts DIR");
    Deno.exit(2);
  }
  for (const [i, mutation] of MUTATIONS.entries()) {
    const folder = join(out, caseName(mutation, i));
    let prepared;
    try {
      prepared = await prepareCase(mutation, folder);
    } catch (error) {
      console.error(`${caseName(mutation, i)}: ${(error as Error).message}`);
      continue;
    }
    await Deno.writeTextFile(
      join(folder, "expected.json"),
      JSON.stringify(
        { name: mutation.name, covers: mutation.covers, ...prepared.expected },
        null,
        2,
      ),
    );
  }
  console.log(`wrote ${MUTATIONS.length} cases to ${out}`);
}
