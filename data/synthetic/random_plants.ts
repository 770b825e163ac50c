/**
 * Where the planted exclusions of an uncalibrated cohort go: one of each kind at a random site
 * (localised-only at a site that reports each line's setting). The duplicate row, the referral
 * and the disagreement are placed by the cohort plan (`random_plan.ts`).
 *
 * @module
 */

import type { Random } from "./random.ts";
import type { PlantedKind, PlantedSpec } from "./screening.ts";
import type { Layout } from "./export/layout.ts";

/** One planted exclusion of each kind, each at a site drawn from `layouts`. */
export function plantedSpecs(
  layouts: readonly (readonly [string, Layout])[],
  random: Random,
): PlantedSpec[] {
  const withSetting = layouts.filter(([, layout]) => layout.reportsSetting);
  const kinds: PlantedKind[] = ["not_tested", "negative", "after_window", "before_window"];
  const specs = kinds.map((kind) => {
    const [site, layout] = random.pick(layouts);
    return { kind, site, layout };
  });
  if (withSetting.length > 0) {
    const [site, layout] = random.pick(withSetting);
    specs.push({ kind: "localised_only", site, layout });
  }
  return specs;
}
