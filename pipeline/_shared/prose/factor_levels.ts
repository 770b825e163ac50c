/**
 * How the comparison of overall survival by baseline factor names its factors and levels, in
 * tables and in the forest plot; the age groups are worded from the plan's cut-off.
 *
 * @module
 */

import { label, type LABELS } from "../contracts/labels.ts";

/** The factor's name as printed. */
export function factorLabel(factor: string): string {
  return label("comparativeFactor", factor);
}

/** A level's name as printed; `cutoff` is the plan's age cut-off in years. */
export function levelLabel(factor: string, level: string, cutoff: number): string {
  if (factor === "age_group") {
    return level === "below_cutoff" ? `Under ${cutoff} years` : `${cutoff} years or older`;
  }
  return label(factor as keyof typeof LABELS, level);
}
