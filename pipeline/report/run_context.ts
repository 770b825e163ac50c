/**
 * The context a certificate records, so that a reader knows what produced it: the analysis plan
 * (the sha256 of its bytes, and every option that differs from the committed plan) and the code
 * (one sha256 over every source file of the pipeline and the lock file, with the file count).
 *
 * @module
 */

import { createHash } from "node:crypto";
import { flatten } from "../_shared/analysis_plan.ts";

/** What produced a run. */
export interface RunContext {
  plan: {
    sha256: string;
    /** Options whose value differs from the committed plan's, with both values. */
    differsFromCommitted: { option: string; committed: unknown; run: unknown }[];
  };
  code: { sha256: string; files: number };
}

/** The sha256 of `bytes`, hex. */
export function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The context of a run from its plan, the committed plan and the code's files. */
export function runContext(
  planText: string,
  committedPlanText: string,
  codeFiles: readonly { path: string; bytes: Uint8Array }[],
): RunContext {
  const run = flatten(JSON.parse(planText));
  const committed = flatten(JSON.parse(committedPlanText));
  const options = [...new Set([...Object.keys(committed), ...Object.keys(run)])].sort();
  const differsFromCommitted = options
    .filter((o) => JSON.stringify(run[o]) !== JSON.stringify(committed[o]))
    .map((option) => ({ option, committed: committed[option] ?? null, run: run[option] ?? null }));
  const listing = [...codeFiles].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
    .map((f) => `${sha256(f.bytes)}  ${f.path}\n`).join("");
  return {
    plan: { sha256: sha256(planText), differsFromCommitted },
    code: { sha256: sha256(listing), files: codeFiles.length },
  };
}
