/**
 * The report stage's declaration: what it reads and writes, from which the runner derives its
 * permissions. Kept apart from the stage's code so the runner loads no stage code.
 *
 * @module
 */

import type { StageSpec } from "../_shared/stage.ts";
import { REGIMEN_CLASSES_FILE } from "../_shared/regimen_classes.ts";
import { STATISTICS } from "../_shared/contracts/stats_ids.ts";

export const CLAIMS = "data/reference/abstract-claims.json";
/** The lock file, whose versions the software statement names. */
export const LOCK_FILE = "deno.lock";
/** The committed analysis plan, against which the certificate lists a run's changed options. */
export const COMMITTED_PLAN = "pipeline/analysis-plan.json";
/** The code whose fingerprint the certificate records. */
export const CODE_FILES = ["pipeline/", "deno.json", LOCK_FILE];

/** The HTML report's stylesheet and script, embedded in the page. */
export const PAGE_STYLE = "pipeline/report/html/page.css";
export const PAGE_SCRIPT = "pipeline/report/html/page.js";
/** The analysis datasets (below the output folder) that the id catalogue traces numbers to. */
export const LINEAGE_DATASETS: readonly string[] = [
  ...new Set(STATISTICS.map((d) => d.dataset).filter((d) => d.endsWith(".csv"))),
].sort();

export const reportStage: StageSpec = {
  name: "report",
  summary: "tables, results.md, report.html, the data-quality report and the certificate",
  module: "pipeline/report/mod.ts",
  inputs: (paths) => [
    { path: `${paths.out}/stats.json`, madeBy: "`deno task statistics`" },
    { path: `${paths.out}/figures/index.json`, madeBy: "`deno task figures`" },
    { path: `${paths.out}/figures/`, madeBy: "`deno task figures` (the figures, for the HTML)" },
    ...LINEAGE_DATASETS.map((file) => ({
      path: `${paths.out}/${file}`,
      madeBy: "`deno task derive` (the numbers' lineage in the HTML report)",
    })),
    { path: `${paths.out}/data-quality.json`, madeBy: "`deno task derive`" },
    { path: paths.plan, madeBy: "the analysis plan (committed with the pipeline)" },
    { path: CLAIMS, madeBy: "the transcription of the abstract (committed)" },
    { path: LOCK_FILE, madeBy: "the locked dependencies (committed with the pipeline)" },
    { path: COMMITTED_PLAN, madeBy: "the committed analysis plan" },
    { path: "pipeline/", madeBy: "the pipeline's code" },
    { path: "deno.json", madeBy: "the project's configuration (committed)" },
    {
      path: REGIMEN_CLASSES_FILE,
      madeBy: "the regimen vocabulary (committed under data/vocabulary/)",
    },
  ],
  outputs: (paths) => [
    `${paths.out}/tables/`,
    `${paths.out}/results.md`,
    `${paths.out}/report.html`,
    `${paths.out}/number-index.json`,
    `${paths.out}/data-quality.md`,
    `${paths.out}/reproduction.md`,
    `${paths.out}/reproduction.json`,
  ],
};
