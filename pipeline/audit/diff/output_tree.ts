/**
 * One side of a comparison: every file of a run's output folder, read from the folder itself or
 * from `outputs/` as a git revision holds it (`git show REV:outputs/...`), so that
 * `deno task diff HEAD~1 HEAD` compares two committed runs without checking either out.
 *
 * @module
 */

import { join } from "node:path";

/** The files of one output folder, by path relative to it. */
export interface OutputTree {
  /** How the side was named on the command line. */
  label: string;
  files: Map<string, Uint8Array>;
}

/** The folder a git revision's outputs live in. */
export const REVISION_FOLDER = "outputs";

/** Reads `where`: an existing folder, or else a git revision of `outputs/`. */
export async function readOutputTree(where: string): Promise<OutputTree> {
  const info = await Deno.stat(where).catch(() => undefined);
  if (info?.isDirectory) return { label: where, files: await readFolder(where) };
  if (info !== undefined) throw new TypeError(`${where}: expected a folder but found a file`);
  return { label: where, files: await readRevision(where) };
}

async function readFolder(folder: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  async function visit(relative: string): Promise<void> {
    for await (const entry of Deno.readDir(join(folder, relative))) {
      const path = relative === "" ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory) await visit(path);
      else files.set(path, await Deno.readFile(join(folder, path)));
    }
  }
  await visit("");
  return files;
}

async function git(args: string[]): Promise<{ ok: boolean; stdout: Uint8Array; stderr: string }> {
  const { code, stdout, stderr } = await new Deno.Command("git", {
    args,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).output();
  return { ok: code === 0, stdout, stderr: new TextDecoder().decode(stderr).trim() };
}

async function readRevision(revision: string): Promise<Map<string, Uint8Array>> {
  const commit = await git(["rev-parse", "--verify", "--quiet", `${revision}^{commit}`]);
  if (!commit.ok) {
    throw new TypeError(`${revision}: expected an output folder or a git revision, found neither`);
  }
  const listing = await git(["ls-tree", "-r", "-z", "--name-only", revision, "--", "outputs/"]);
  if (!listing.ok) throw new Error(`git ls-tree ${revision}: ${listing.stderr}`);
  const paths = new TextDecoder().decode(listing.stdout).split("\0").filter((p) => p !== "");
  if (paths.length === 0) {
    throw new TypeError(`${revision}: no ${REVISION_FOLDER}/ in that revision`);
  }
  const files = new Map<string, Uint8Array>();
  for (const path of paths) {
    const shown = await git(["show", `${revision}:${path}`]);
    if (!shown.ok) throw new Error(`git show ${revision}:${path}: ${shown.stderr}`);
    files.set(path.slice(REVISION_FOLDER.length + 1), shown.stdout);
  }
  return files;
}
