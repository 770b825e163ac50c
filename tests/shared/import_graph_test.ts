/**
 * The pipeline's rooms and the doors between them: a stage (`pipeline/<stage>/`) imports its own
 * modules, the shared contracts and helpers (`pipeline/_shared/`) and the statistical library
 * (`pipeline/lib/`), never another stage's modules; `_shared/` imports no stage; `lib/` imports
 * only itself. The runner's stage list (`pipeline/stages.ts`) may import each stage's declaration
 * (`spec.ts`), which holds no stage code.
 */

import assert from "node:assert/strict";
import { dirname, join, normalize, relative } from "node:path";

const STAGES = ["ingest", "harmonise", "derive", "statistics", "figures", "report"];

/** Every `.ts` file below `folder`. */
function sources(folder: string): string[] {
  const files: string[] = [];
  for (const entry of Deno.readDirSync(folder)) {
    const path = join(folder, entry.name);
    if (entry.isDirectory) files.push(...sources(path));
    else if (entry.name.endsWith(".ts")) files.push(path);
  }
  return files.sort();
}

/** Relative import specifiers of `text`: static, re-exports and dynamic imports. */
export function relativeImports(text: string): string[] {
  const pattern = /(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)["'](\.{1,2}\/[^"']+)["']/gm;
  return [...text.matchAll(pattern)].map((m) => m[1]!);
}

/** The room of a path below `pipeline/`: a stage name, `_shared`, `lib`, or `top`. */
function room(path: string): string {
  const [first, second] = relative("pipeline", path).split("/");
  return second === undefined ? "top" : first!;
}

/** Whether a module in `from` may import `target`. */
function allowed(from: string, target: string): boolean {
  const to = room(target);
  const source = room(from);
  if (source === "lib") return to === "lib";
  if (source === "_shared") return to === "_shared" || to === "lib";
  if (source === "top") {
    return to === "top" || to === "_shared" || to === "lib" ||
      (STAGES.includes(to) && target.endsWith("/spec.ts"));
  }
  return to === source || to === "_shared" || to === "lib";
}

Deno.test("relativeImports finds static imports, re-exports and dynamic imports", () => {
  const text = 'import { a } from "./a.ts";\nexport { b } from "../b/b.ts";\n' +
    'import type {\n  C,\n} from "../../c.ts";\nconst d = await import("./d.ts");\n' +
    'import "./e.ts";\nimport x from "npm:x";\n';
  assert.deepEqual(relativeImports(text), [
    "./a.ts",
    "../b/b.ts",
    "../../c.ts",
    "./d.ts",
    "./e.ts",
  ]);
});

Deno.test("no pipeline module imports another stage's modules", () => {
  const crossings: string[] = [];
  for (const file of sources("pipeline")) {
    for (const specifier of relativeImports(Deno.readTextFileSync(file))) {
      const target = normalize(join(dirname(file), specifier));
      if (!allowed(file, target)) crossings.push(`${file} -> ${target}`);
    }
  }
  assert.deepEqual(crossings, []);
});
