/**
 * Reading numbers for print: `numbers.ref("os.median", "decimal0")` looks the id up in
 * `stats.json` (or, for `plan:<option>`, in the analysis plan), formats it, and returns the text
 * with its origin. A missing id throws: a caption or table cell never prints a number that the
 * statistics stage did not compute.
 *
 * @module
 */

import type { AnalysisPlan } from "../analysis_plan.ts";
import { lookupStatistic } from "../contracts/stats.ts";
import type { Statistics } from "../contracts/stats.ts";
import { FORMATS } from "./formats.ts";
import type { NumberRef } from "./inline.ts";

/** Numbers of one run, ready to print. */
export interface NumberSource {
  stats: Statistics;
  plan: AnalysisPlan;
  /** The value behind `id` (throws when absent). */
  value(id: string): unknown;
  /** The value behind `id`, printed in `format`, with its origin. */
  ref(id: string, format: string): NumberRef;
}

/** The numbers of `stats`, computed under `plan`. */
export function numberSource(stats: Statistics, plan: AnalysisPlan): NumberSource {
  const value = (id: string): unknown => {
    const found = id.startsWith("plan:")
      ? lookupStatistic(plan, id.slice("plan:".length))
      : lookupStatistic(stats, id);
    if (found === undefined) {
      throw new RangeError(`Expected a value for "${id}" in stats.json but found none`);
    }
    return found;
  };
  return {
    stats,
    plan,
    value,
    ref(id, format) {
      const print = FORMATS[format];
      if (print === undefined) {
        throw new RangeError(`Expected a known format but found "${format}"`);
      }
      return { id, format, text: print(value(id)) };
    },
  };
}

/** Re-derives the text of `ref` from `stats` and `plan`: what a printed number must equal. */
export function expectedText(ref: NumberRef, stats: Statistics, plan: AnalysisPlan): string {
  return numberSource(stats, plan).ref(ref.id, ref.format).text;
}
