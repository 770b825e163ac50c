/**
 * The derive stage's declaration: what it reads and writes, from which the runner derives its
 * permissions. Kept apart from the stage's code so the runner loads no stage code.
 *
 * @module
 */

import type { StageSpec } from "../_shared/stage.ts";

export const deriveStage: StageSpec = {
  name: "derive",
  summary: "RECIST 1.1 responses, PFS and OS, ADaM-style analysis datasets",
  module: "pipeline/derive/mod.ts",
  inputs: (paths) => [
    { path: `${paths.interim}/harmonise/`, madeBy: "`deno task harmonise`" },
    { path: paths.plan, madeBy: "the analysis plan (committed with the pipeline)" },
  ],
  outputs: (paths) => [
    `${paths.out}/analysis/`,
    `${paths.out}/data-quality.json`,
  ],
};
