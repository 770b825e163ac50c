/**
 * A stage's module graph, read from the sources themselves: the stage's entry module and every
 * module it reaches through relative imports, plus the bare and `npm:` specifiers it loads.
 *
 * Why not `deno info`: it costs a process start per stage, and the no-op run has a budget of a few
 * tenths of a second. The parser relies on the shape `deno fmt` gives a file: import and export
 * statements start at the beginning of a line and end with `from "…";` (or are `import "…";`),
 * and a dynamic import is `import("…")` with a literal. A worker's module, which `deno info` does
 * not follow but the stage runs, is `new URL("./….ts", import.meta.url)`. Lines of comments are
 * skipped. A test checks that the result agrees with `deno info` for every stage of the pipeline
 * and each of its workers.
 *
 * @module
 */

import { dirname, join, normalize } from "node:path";

/** The modules and external specifiers a stage loads. */
export interface ModuleGraph {
  /** Project-relative paths of the local modules, the entry included, sorted. */
  modules: string[];
  /** Bare (`arquero`) and `npm:` specifiers, sorted, each once; `node:` built-ins are left out. */
  packages: string[];
}

/** An import, or a re-export (`export … from`), starting at the beginning of a line. */
const STATEMENT_START = /^import\s*[\w{*"']|^export\s*(\*|\{|type\s*\{)/;
const FROM = /\bfrom\s*["']([^"']+)["']/;
const SIDE_EFFECT = /^import\s*["']([^"']+)["']/;
const DYNAMIC = /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g;
/** A worker's module: `new Worker(new URL("./x_worker.ts", import.meta.url), …)`. */
const WORKER = /\bnew URL\(\s*["'](\.{1,2}\/[^"']+\.ts)["']\s*,\s*import\.meta\.url\s*\)/g;

/** The import specifiers of one module's source, in order of appearance. */
export function importSpecifiers(source: string): string[] {
  const specifiers: string[] = [];
  let statement: string | undefined;
  let inComment = false;
  for (const line of source.split("\n")) {
    const trimmed = line.trim();
    if (inComment) {
      if (trimmed.includes("*/")) inComment = false;
      continue;
    }
    if (trimmed.startsWith("/*")) {
      inComment = !trimmed.includes("*/");
      continue;
    }
    if (trimmed.startsWith("//")) continue;
    if (statement === undefined && STATEMENT_START.test(line)) statement = "";
    if (statement !== undefined) {
      statement += ` ${trimmed}`;
      const found = FROM.exec(statement) ?? SIDE_EFFECT.exec(statement.trim());
      if (found) specifiers.push(found[1]!);
      if (found || trimmed.endsWith(";")) statement = undefined;
      if (found) continue;
    }
    for (const match of line.matchAll(DYNAMIC)) specifiers.push(match[1]!);
    for (const match of line.matchAll(WORKER)) specifiers.push(match[1]!);
  }
  return specifiers;
}

/** Whether `specifier` names a module by a relative path. */
function isRelative(specifier: string): boolean {
  return specifier.startsWith("./") || specifier.startsWith("../");
}

/**
 * The module graph of `entry` (a project-relative path), reading each module with `readText`.
 * Throws a `TypeError` for a specifier it cannot place (an absolute path or a URL).
 */
export async function moduleGraph(
  entry: string,
  readText: (path: string) => Promise<string>,
): Promise<ModuleGraph> {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const pending = [normalize(entry)];
  while (pending.length > 0) {
    const module = pending.pop()!;
    if (modules.has(module)) continue;
    modules.add(module);
    for (const specifier of importSpecifiers(await readText(module))) {
      if (isRelative(specifier)) pending.push(normalize(join(dirname(module), specifier)));
      else if (specifier.startsWith("node:")) continue;
      else if (/^[a-z]+:\/|^\//.test(specifier)) {
        throw new TypeError(
          `${module} imports "${specifier}": expected a relative path, a bare specifier mapped ` +
            `in deno.json, an npm: or a node: specifier`,
        );
      } else packages.add(specifier);
    }
  }
  return { modules: [...modules].sort(), packages: [...packages].sort() };
}
