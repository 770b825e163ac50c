/**
 * Where the notebooks find the pipeline's inputs and artefacts. A notebook's cells run with the
 * notebook's folder as working directory (in the Jupyter kernel and in the notebook test alike),
 * so every path here is relative to `notebooks/`.
 *
 * By default the notebooks read what `deno task all` wrote (`data/interim/`, `outputs/`). Two
 * environment variables point them at another run instead, as the notebook test does with a run
 * in a temporary folder: `NOTEBOOK_INTERIM` (the run's `--interim`) and `NOTEBOOK_OUTPUTS` (its
 * `--out`). Relative values are relative to `notebooks/`.
 *
 * @module
 */

/** The environment variables that move the artefacts a notebook reads. */
export const PATH_VARIABLES = ["NOTEBOOK_INTERIM", "NOTEBOOK_OUTPUTS"] as const;

/** The project root, seen from `notebooks/`. */
const ROOT = "..";

/** A file or folder of the project, given relative to the project root (as the pipeline does). */
export function fromRoot(path: string): string {
  return `${ROOT}/${path}`;
}

/** The folders and files of one pipeline run, as a notebook reaches them. */
export interface NotebookPaths {
  /** Raw site exports (committed). */
  raw: string;
  /** Intermediate artefacts: `<interim>/ingest/`, `<interim>/harmonise/`. */
  interim: string;
  /** Final artefacts: analysis datasets, stats.json, tables, figures, report. */
  outputs: string;
  /** The analysis plan. */
  plan: string;
}

/** The run's paths: the committed locations unless the environment names others. */
export function notebookPaths(): NotebookPaths {
  return {
    raw: fromRoot("data/raw"),
    interim: Deno.env.get("NOTEBOOK_INTERIM") ?? fromRoot("data/interim"),
    outputs: Deno.env.get("NOTEBOOK_OUTPUTS") ?? fromRoot("outputs"),
    plan: fromRoot("pipeline/analysis-plan.json"),
  };
}
