/**
 * The folders one pipeline run reads and writes. Every stage receives the same {@linkcode RunPaths},
 * so the pipeline runs unchanged on another cohort: `deno task all --raw DIR --out DIR`.
 *
 * @module
 */

import { parseArgs } from "node:util";

/** Folders and files of one run, relative to the project root or absolute. */
export interface RunPaths {
  /** Raw site exports, one folder per site (read only). */
  raw: string;
  /** Intermediate artefacts passed between stages (git-ignored). */
  interim: string;
  /** Final artefacts: committed, diffed between runs. */
  out: string;
  /** The analysis plan: every choice an analyst may change. */
  plan: string;
}

/** Defaults for the committed synthetic cohort. */
export const DEFAULT_PATHS: Readonly<RunPaths> = Object.freeze({
  raw: "data/raw",
  interim: "data/interim",
  out: "outputs",
  plan: "pipeline/analysis-plan.json",
});

/** Options shared by the runner and every stage. */
export const RUN_PATH_OPTIONS = {
  raw: { type: "string" },
  interim: { type: "string" },
  out: { type: "string" },
  plan: { type: "string" },
} as const;

/** Reads `--raw`, `--interim`, `--out` and `--plan` from `args`, with defaults; rejects others. */
export function parseRunPaths(args: string[]): RunPaths {
  const { values } = parseArgs({ args, options: RUN_PATH_OPTIONS, strict: true });
  return runPathsFrom(values);
}

/** Fills the folders not given in `values` with the defaults. */
export function runPathsFrom(values: Partial<Record<keyof RunPaths, string>>): RunPaths {
  return {
    raw: values.raw ?? DEFAULT_PATHS.raw,
    interim: values.interim ?? DEFAULT_PATHS.interim,
    out: values.out ?? DEFAULT_PATHS.out,
    plan: values.plan ?? DEFAULT_PATHS.plan,
  };
}

/** The command-line form of `paths`, as passed to each stage process. */
export function runPathArgs(paths: RunPaths): string[] {
  return ["--raw", paths.raw, "--interim", paths.interim, "--out", paths.out, "--plan", paths.plan];
}
