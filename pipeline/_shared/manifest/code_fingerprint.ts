/**
 * A stage's code fingerprint: the sha256 of every module of its graph, the locked npm packages it
 * loads and the Deno version, with one sha256 over the three. Two runs whose fingerprints agree
 * ran the same code; a fingerprint that changed says which file or package changed.
 *
 * @module
 */

import type { CodeFingerprint } from "./manifest.ts";
import { type DenoLock, lockedPackages } from "./locked_packages.ts";
import { moduleGraph } from "./module_graph.ts";
import { sha256Hex } from "./sha256.ts";

/** What computing a fingerprint needs from outside. */
export interface CodeSources {
  /** A module's bytes, by project-relative path. */
  readFile(path: string): Promise<Uint8Array>;
  /** `deno.json`'s imports. */
  imports: Record<string, string>;
  lock: DenoLock;
  /** The Deno version, for example `Deno.version.deno`. */
  deno: string;
}

/** The fingerprint of the code `module` loads. */
export async function codeFingerprint(
  module: string,
  sources: CodeSources,
): Promise<CodeFingerprint> {
  const files = new Map<string, Uint8Array>();
  const decoder = new TextDecoder();
  const graph = await moduleGraph(module, async (path) => {
    const bytes = await sources.readFile(path);
    files.set(path, bytes);
    return decoder.decode(bytes);
  });
  const modules: Record<string, string> = {};
  for (const path of graph.modules) modules[path] = await sha256Hex(files.get(path)!);
  const packages = lockedPackages(graph.packages, sources.imports, sources.lock);
  const sortedPackages = Object.fromEntries(Object.entries(packages).sort(byKey));
  const listing = JSON.stringify({ deno: sources.deno, modules, packages: sortedPackages });
  return {
    sha256: await sha256Hex(listing),
    deno: sources.deno,
    modules,
    packages: sortedPackages,
  };
}

function byKey(a: [string, string], b: [string, string]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}
