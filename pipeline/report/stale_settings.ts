/**
 * Whether `stats.json` was computed under the plan the report is about to describe. The report
 * words every method from the plan; if the statistics came from another plan (a stage rerun with
 * `--only report` after the plan changed), the words would describe numbers they do not fit.
 *
 * @module
 */

import type { AnalysisPlan } from "../_shared/analysis_plan.ts";
import type { Statistics } from "../_shared/contracts/stats.ts";

/** Each setting of `stats` that differs from `plan`, as "name: stats value vs plan value". */
export function staleSettings(stats: Statistics, plan: AnalysisPlan): string[] {
  const s = stats.settings;
  if (s === undefined) return ["stats.json has no settings"];
  const pairs: [string, unknown, unknown][] = [
    ["confidenceLevel", s.confidence_level, plan.confidenceLevel],
    ["daysPerMonth", s.days_per_month, plan.daysPerMonth],
    ["headlineCi", s.headline_ci, plan.headlineCi],
    ["medianRule", s.median_rule, plan.medianRule],
    [
      "minimumGroupSizeForEstimates",
      s.minimum_group_size_for_estimates,
      plan.minimumGroupSizeForEstimates,
    ],
    ["landmarkMonths", JSON.stringify(s.landmark_months), JSON.stringify(plan.landmarkMonths)],
    [
      "minimumClassSizeForFigures",
      s.minimum_class_size_for_figures,
      plan.minimumClassSizeForFigures,
    ],
  ];
  return pairs.filter(([, a, b]) => a !== b).map(([name, a, b]) => `${name}: ${a} vs ${b}`);
}
