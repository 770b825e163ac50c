/**
 * Follow-up of the patients alive at last contact: the observation time a reader weighs against
 * the reverse Kaplan–Meier median follow-up (the two answer different questions: how long
 * survivors were followed, and how long the cohort would have been followed had nobody died).
 *
 * @module
 */

import type { AdtteRecord } from "../_shared/contracts/adam_records.ts";
import type { Distribution } from "../_shared/contracts/stats.ts";
import { distribution } from "../lib/descriptive.ts";
import { roundHalfUp } from "../lib/numbers/rounding.ts";

/** Median, quartiles and range of the censored OS times in months; null when nobody is alive. */
export function survivorsFollowUp(
  os: readonly AdtteRecord[],
  daysPerMonth: number,
): Distribution | null {
  const alive = os.filter((r) => !r.event).map((r) => r.days);
  if (alive.length === 0) return null;
  const d = distribution(alive);
  const months = (days: number) => roundHalfUp(days / daysPerMonth, 4);
  return {
    n: d.n,
    median: months(d.median),
    q1: months(d.q1),
    q3: months(d.q3),
    min: months(d.min),
    max: months(d.max),
  };
}
