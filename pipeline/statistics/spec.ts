/**
 * The statistics stage's declaration: what it reads and writes, from which the runner derives its
 * permissions. Kept apart from the stage's code so the runner loads no stage code.
 *
 * @module
 */

import type { StageSpec } from "../_shared/stage.ts";

import { REGIMEN_CLASSES_FILE } from "../_shared/regimen_classes.ts";

export const statisticsStage: StageSpec = {
  name: "statistics",
  summary: "statistics, stats.json and Tables 1-3 from the analysis datasets",
  module: "pipeline/statistics/mod.ts",
  inputs: (paths) => [
    ...["adsl", "adrs", "adtte"].map((d) => ({
      path: `${paths.out}/analysis/${d}.csv`,
      madeBy: "`deno task derive`",
    })),
    { path: paths.plan, madeBy: "the analysis plan (committed with the pipeline)" },
    {
      path: REGIMEN_CLASSES_FILE,
      madeBy: "the regimen vocabulary (committed under data/vocabulary/)",
    },
  ],
  outputs: (paths) => [`${paths.out}/stats.json`, `${paths.out}/tables/`],
};
