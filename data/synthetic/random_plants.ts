/**
 * The plants of an uncalibrated cohort: a duplicate patients row at a site whose patients file is
 * delimited, a referral between two sites (when there are two), and one planted exclusion of each
 * kind at a random site (localised-only at a site that reports each line's setting).
 *
 * @module
 */

import type { Random } from "./random.ts";
import type { RecordPlan } from "./records.ts";
import type { PlantedKind, PlantedSpec } from "./screening.ts";
import type { Layout } from "./export/layout.ts";

/** A duplicate row at a site with a delimited patients file, and a referral between two sites. */
export function plantScreening(
  plans: RecordPlan[],
  layouts: readonly (readonly [string, Layout])[],
  random: Random,
): void {
  const delimited = plans.filter((p) => p.layout.files[0]?.format === "delimited");
  if (delimited.length > 0) random.pick(delimited).duplicateRow = true;
  if (layouts.length < 2) return;
  const movers = plans.filter((p) =>
    !p.duplicateRow && p.patient.lines.filter((l) => l.setting === "advanced").length >= 2
  );
  if (movers.length === 0) return;
  const mover = random.pick(movers);
  const [site, layout] = random.pick(layouts.filter(([code]) => code !== mover.site));
  mover.referral = { site, layout, fromLine: 1 };
}

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
