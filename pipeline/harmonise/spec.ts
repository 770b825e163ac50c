/**
 * The harmonise stage's declaration: what it reads and writes, from which the runner derives its
 * permissions. Kept apart from the stage's code so the runner loads no stage code.
 *
 * @module
 */

import type { StageSpec } from "../_shared/stage.ts";

export const harmoniseStage: StageSpec = {
  name: "harmonise",
  summary: "applies eligibility, pools referred patients, builds the common data model",
  module: "pipeline/harmonise/mod.ts",
  inputs: (paths) => [
    { path: `${paths.interim}/ingest/`, madeBy: "`deno task all --only ingest`" },
    { path: "data/vocabulary/", madeBy: "hand: the regimen vocabulary kept as data" },
    { path: paths.plan, madeBy: "hand: the analysis plan (pipeline/analysis-plan.json)" },
  ],
  outputs: (paths) => [`${paths.interim}/harmonise/`],
};
