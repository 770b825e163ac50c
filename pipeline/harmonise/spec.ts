/**
 * The harmonise stage's declaration: what it reads and writes, from which the runner derives its
 * permissions. Kept apart from the stage's code so the runner loads no stage code.
 *
 * @module
 */

import type { StageSpec } from "../_shared/stage.ts";
import { REGIMEN_CLASSES_FILE } from "../_shared/regimen_classes.ts";

export const harmoniseStage: StageSpec = {
  name: "harmonise",
  summary: "applies eligibility, pools referred patients, builds the common data model",
  module: "pipeline/harmonise/mod.ts",
  inputs: (paths) => [
    { path: `${paths.interim}/ingest/`, madeBy: "`deno task ingest`" },
    {
      path: REGIMEN_CLASSES_FILE,
      madeBy: "the regimen classes (committed under data/vocabulary/)",
    },
    { path: paths.plan, madeBy: "the analysis plan (committed with the pipeline)" },
  ],
  outputs: (paths) => [`${paths.interim}/harmonise/`],
};
