import assert from "node:assert/strict";
import { importSpecifiers, moduleGraph } from "../../../pipeline/_shared/manifest/module_graph.ts";
import { STAGES } from "../../../pipeline/stages.ts";

Deno.test("importSpecifiers reads imports, re-exports, side-effect and dynamic imports", () => {
  const source = [
    'import { a } from "./a.ts";',
    "import type {",
    "  B,",
    '} from "../b/b.ts";',
    'export { c } from "./c.ts";',
    'export * from "./d.ts";',
    'import "./e.ts";',
    'import { csvParse } from "d3-dsv";',
    'import { join } from "node:path";',
    'const f = await import("./f.ts");',
    'const w = new Worker(new URL("./g_worker.ts", import.meta.url), { type: "module" });',
  ].join("\n");
  assert.deepEqual(importSpecifiers(source), [
    "./a.ts",
    "../b/b.ts",
    "./c.ts",
    "./d.ts",
    "./e.ts",
    "d3-dsv",
    "node:path",
    "./f.ts",
    "./g_worker.ts",
  ]);
});

Deno.test("importSpecifiers skips comments, examples in docs and exports that import nothing", () => {
  const source = [
    "/**",
    " * @example",
    ' * import { x } from "./not-imported.ts";',
    " */",
    '// import { y } from "./commented-out.ts";',
    "export const note = {",
    '  text: "taken from \\"the site\\"",',
    "};",
    "export { local };",
  ].join("\n");
  assert.deepEqual(importSpecifiers(source), []);
});

Deno.test("moduleGraph follows relative imports and collects packages once", async () => {
  const files: Record<string, string> = {
    "p/s/mod.ts": 'import { a } from "./a.ts";\nimport { b } from "../shared/b.ts";',
    "p/s/a.ts": 'import { b } from "../shared/b.ts";\nimport * as aq from "arquero";',
    "p/shared/b.ts": 'import * as aq from "arquero";\nimport "npm:fflate@0.8.2";',
  };
  const graph = await moduleGraph("p/s/mod.ts", (path) => Promise.resolve(files[path]!));
  assert.deepEqual(graph, {
    modules: ["p/s/a.ts", "p/s/mod.ts", "p/shared/b.ts"],
    packages: ["arquero", "npm:fflate@0.8.2"],
  });
});

/** The local modules and package specifiers `deno info` gives for `entry`. */
async function denoInfo(entry: string): Promise<{ local: string[]; imported: string[] }> {
  const { stdout, code } = await new Deno.Command("deno", {
    args: ["info", "--json", entry],
    stdout: "piped",
    stderr: "null",
  }).output();
  assert.equal(code, 0);
  const info = JSON.parse(new TextDecoder().decode(stdout));
  const root = `file://${Deno.cwd()}/`;
  const local = (info.modules as { specifier: string }[])
    .map((m) => m.specifier)
    .filter((s) => s.startsWith(root))
    .map((s) => s.slice(root.length));
  const imported: string[] = [];
  for (const module of info.modules as { dependencies?: { specifier: string }[] }[]) {
    for (const dependency of module.dependencies ?? []) {
      const s = dependency.specifier;
      if (!s.startsWith(".") && !s.startsWith("node:")) imported.push(s);
    }
  }
  return { local, imported };
}

Deno.test("the parsed module graph of every stage and its workers agrees with deno info", async () => {
  let workers = 0;
  for (const stage of STAGES) {
    const ours = await moduleGraph(stage.module, (path) => Deno.readTextFile(path));
    // deno info does not follow a worker's module: each is asked on its own.
    const entries = [stage.module, ...ours.modules.filter((m) => m.endsWith("_worker.ts"))];
    workers += entries.length - 1;
    const local = new Set<string>();
    const imported = new Set<string>();
    for (const entry of entries) {
      const info = await denoInfo(entry);
      for (const m of info.local) local.add(m);
      for (const s of info.imported) imported.add(s);
    }
    assert.deepEqual(ours.modules, [...local].sort(), `stage ${stage.name}`);
    assert.deepEqual(ours.packages, [...imported].sort(), `stage ${stage.name}`);
  }
  assert.ok(workers >= 1, "the figures stage's PNG worker is in its graph");
});
