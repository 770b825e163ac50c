/**
 * The ingest stage's declaration: what it reads and writes, from which the runner derives its
 * permissions. Kept apart from the stage's code so the runner loads no stage code.
 *
 * @module
 */

import { REGIMEN_CLASSES_FILE } from "../_shared/regimen_classes.ts";
import type { StageSpec } from "../_shared/stage.ts";

/** The regimen vocabulary: free text as sites write it to the normalised regimen. */
export const REGIMENS_FILE = "data/vocabulary/regimens.csv";

export const ingestStage: StageSpec = {
  name: "ingest",
  summary: "reads each site's export as its site.json says; validates, pseudonymises, links",
  module: "pipeline/ingest/mod.ts",
  inputs: (paths) => [
    {
      path: `${paths.raw}/`,
      madeBy: "the sites (data/raw/README.md); `deno task synth` remakes it",
    },
    { path: REGIMENS_FILE, madeBy: "the regimen vocabulary (committed under data/vocabulary/)" },
    // Read here too, so that a regimen without a class stops the run before anything is written.
    {
      path: REGIMEN_CLASSES_FILE,
      madeBy: "the regimen classes (committed under data/vocabulary/)",
    },
    // Validated here with the data, so that every problem of a run is listed in one message.
    { path: paths.plan, madeBy: "the analysis plan (committed with the pipeline)" },
  ],
  outputs: (paths) => [`${paths.interim}/ingest/`],
};
