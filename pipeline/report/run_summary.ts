/**
 * What produced a report, as far as the report stage can know it: the analysis plan (its sha256,
 * each option's value, and which differ from the committed plan), the code's sha256, and the
 * software (the Deno runtime and the locked packages). The run's manifest is finalised after the
 * report stage, so the report cannot read it; this summary holds the same facts and is the one
 * place to change when the report is to show the manifest itself.
 *
 * @module
 */

import { type AnalysisPlan, flatten, PLAN_OPTIONS } from "../_shared/analysis_plan.ts";
import type { RunContext } from "./run_context.ts";
import { lockedPackages } from "./software_statement.ts";

/** One option of the plan with its value (and the committed value when they differ). */
export interface PlanOptionValue {
  option: string;
  value: unknown;
  /** Present when the run's value differs from the committed plan's. */
  committed?: unknown;
}

/** The summary. */
export interface RunSummary {
  plan: { sha256: string; options: PlanOptionValue[] };
  code: { sha256: string; files: number };
  software: { deno: string; typescript: string; packages: string[] };
}

/** The summary of a run from its plan, its context and its software. */
export function runSummary(
  plan: AnalysisPlan,
  context: RunContext,
  software: { lock: string; deno: { deno: string; typescript: string } },
): RunSummary {
  const values = flatten(plan);
  const differs = new Map(context.plan.differsFromCommitted.map((d) => [d.option, d.committed]));
  const options = [...new Set([...Object.keys(PLAN_OPTIONS), ...Object.keys(values)])]
    .map((option): PlanOptionValue =>
      differs.has(option)
        ? { option, value: values[option] ?? null, committed: differs.get(option) }
        : { option, value: values[option] ?? null }
    );
  return {
    plan: { sha256: context.plan.sha256, options },
    code: context.code,
    software: {
      deno: software.deno.deno,
      typescript: software.deno.typescript,
      packages: lockedPackages(software.lock),
    },
  };
}
