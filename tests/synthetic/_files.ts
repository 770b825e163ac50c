/**
 * Test helpers: run `deno task synth`, and list or compare every file under a folder.
 *
 * @module
 */

import { join, relative } from "node:path";

/** Runs `deno task synth` with `args`; throws with its error output when it fails. */
export async function runSynth(args: string[]): Promise<void> {
  const { code, stderr } = await new Deno.Command("deno", {
    args: ["task", "synth", ...args],
    env: { NO_COLOR: "1" },
    stdout: "null",
    stderr: "piped",
  }).output();
  if (code !== 0) {
    throw new Error(
      `deno task synth ${args.join(" ")} failed: ${new TextDecoder().decode(stderr)}`,
    );
  }
}

/** Every file under `root`, by path relative to it, with its bytes (sorted by path). */
export async function readTree(root: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  async function walk(folder: string): Promise<void> {
    for await (const entry of Deno.readDir(folder)) {
      const path = join(folder, entry.name);
      if (entry.isDirectory) await walk(path);
      else files.set(relative(root, path), await Deno.readFile(path));
    }
  }
  await walk(root);
  return new Map([...files].sort((a, b) => a[0].localeCompare(b[0])));
}

/** The paths whose bytes differ between two trees (or exist in one only). */
export function differences(a: Map<string, Uint8Array>, b: Map<string, Uint8Array>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((path) => {
    const x = a.get(path);
    const y = b.get(path);
    return x === undefined || y === undefined || x.length !== y.length ||
      x.some((byte, i) => byte !== y[i]);
  }).sort();
}
