import assert from "node:assert/strict";
import { declareStage } from "../../../pipeline/_shared/manifest/declaration.ts";
import { runPathsFrom } from "../../../pipeline/_shared/run_paths.ts";
import type { StageSpec } from "../../../pipeline/_shared/stage.ts";
import { STAGES } from "../../../pipeline/stages.ts";

Deno.test("every stage's declared paths are recorded relative to the run's folders", () => {
  const paths = runPathsFrom({
    raw: "/m/raw",
    out: "/m/out",
    interim: "/m/int",
    plan: "/m/p.json",
  });
  for (const stage of STAGES) {
    const declared = declareStage(stage, paths);
    for (const { path, template } of [...declared.inputs, ...declared.outputs]) {
      assert.doesNotMatch(template, /\/m\//, `${stage.name}: ${template}`);
      const real = template.replace("<raw>", "/m/raw").replace("<out>", "/m/out")
        .replace("<interim>", "/m/int").replace("<plan>", "/m/p.json");
      assert.equal(real, path);
    }
  }
});

Deno.test("a declaration whose length depends on the folders is refused", () => {
  const odd: StageSpec = {
    name: "odd",
    summary: "declares more outputs for some folders",
    module: "odd.ts",
    inputs: () => [],
    outputs: (paths) => paths.out.startsWith("<") ? [] : [`${paths.out}/x`],
  };
  assert.throws(() => declareStage(odd, runPathsFrom({})), /stage odd: expected its declared/);
});
