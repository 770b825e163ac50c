/**
 * The statistics stage's declaration: what it reads and writes, from which the runner derives its
 * permissions. Kept apart from the stage's code so the runner loads no stage code.
 *
 * @module
 */

import type { StageSpec } from "../_shared/stage.ts";

export const statisticsStage: StageSpec = {
  name: "statistics",
  summary: "every statistic (stats.json) and the survival curves the figures draw",
  module: "pipeline/statistics/mod.ts",
  inputs: (paths) => [
    ...["adsl", "adrs", "adtte"].map((d) => ({
      path: `${paths.out}/analysis/${d}.csv`,
      madeBy: "`deno task derive`",
    })),
    { path: `${paths.out}/data-quality.json`, madeBy: "`deno task derive`" },
    { path: paths.plan, madeBy: "the analysis plan (committed with the pipeline)" },
  ],
  outputs: (paths) => [`${paths.out}/stats.json`, `${paths.out}/survival-curves.json`],
};
