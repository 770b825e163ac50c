/**
 * Stage `ingest`: the raw site exports to pseudonymised source tables.
 *
 * - Reads: the raw folder (`--raw`, default `data/raw/`: one folder per site with its `site.json`,
 *   format in `data/site-spec.md`) and `data/vocabulary/regimens.csv`.
 * - Writes: `<interim>/ingest/` — `patients`, `lines`, `assessments` (one row per source record,
 *   exact duplicates merged, columns in `interim_schema.ts`), `merged_rows`, `rows_read` and
 *   `warnings`, each as an Arquero table in JSON.
 * - Decisions: every file is read exactly as its spec says (no sniffing); a file no spec claims, or
 *   a symbolic link, is refused; every unusable value is collected and the run stops with one
 *   message listing them all (up to 50), before anything is written. Names, hospital numbers and
 *   birth dates are read here only: age at diagnosis is computed and referred patients are matched
 *   (birth date, sex, diagnosis date) before they are dropped.
 *
 * @module
 */

import { runStageProcess, type StageSpec } from "../_shared/stage.ts";

export const ingest: StageSpec = {
  name: "ingest",
  summary: "reads each site's export as its site.json says; validates, pseudonymises, links",
  module: "pipeline/ingest/mod.ts",
  inputs: (paths) => [
    {
      path: `${paths.raw}/`,
      madeBy: "the sites (data/raw/README.md); `deno task synth` remakes it",
    },
    { path: "data/vocabulary/", madeBy: "hand: the regimen vocabulary kept as data" },
  ],
  outputs: (paths) => [`${paths.interim}/ingest/`],
  // jsdom (the XML parser for .xlsx workbooks) reads these two at start-up.
  env: ["UNDICI_NO_WASM_SIMD", "UNDICI_USE_MILO"],
};

if (import.meta.main) {
  // Imported here, not at the top: the runner imports this module for `ingest` alone, in a process
  // without the environment access that jsdom (the workbook reader) needs when it loads.
  const { runIngest } = await import("./run_ingest.ts");
  await runStageProcess(ingest, runIngest);
}
