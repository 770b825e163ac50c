/**
 * The figures stage's declaration: what it reads and writes, from which the runner derives its
 * permissions. Kept apart from the stage's code so the runner loads no stage code (jsdom, which
 * the figures need, reads environment variables as soon as it loads).
 *
 * @module
 */

import type { StageSpec } from "../_shared/stage.ts";
import { REGIMEN_CLASSES_FILE } from "../_shared/regimen_classes.ts";

export const figuresStage: StageSpec = {
  name: "figures",
  summary:
    "the publication's figures as SVG and 300 dpi PNG, with their captions in figures/index.json",
  module: "pipeline/figures/mod.ts",
  inputs: (paths) => [
    ...["adsl", "adrs", "adtte"].map((d) => ({
      path: `${paths.out}/analysis/${d}.csv`,
      madeBy: "`deno task derive`",
    })),
    { path: `${paths.out}/stats.json`, madeBy: "`deno task statistics`" },
    { path: `${paths.out}/survival-curves.json`, madeBy: "`deno task statistics`" },
    { path: paths.plan, madeBy: "the analysis plan (committed with the pipeline)" },
    {
      path: REGIMEN_CLASSES_FILE,
      madeBy: "the regimen vocabulary (committed under data/vocabulary/)",
    },
  ],
  outputs: (paths) => [`${paths.out}/figures/`],
  env: ["UNDICI_NO_WASM_SIMD", "UNDICI_USE_MILO"],
  workers: ["pipeline/figures/png_worker.ts"],
};
