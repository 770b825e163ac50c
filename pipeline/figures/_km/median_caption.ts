/**
 * A median survival with its confidence interval by the plan's headline method, as the captions
 * print it ("15.0 months (95% CI 3.0–27.0)", or "not reached"), read from `stats.json`.
 *
 * @module
 */

import { levelText } from "../../_shared/plan_words.ts";
import { type Prose, prose } from "../../_shared/prose/inline.ts";
import type { NumberSource } from "../../_shared/prose/numbers.ts";
import { medianRuleWords, rulesDifferAsPrinted } from "../../_shared/prose/medians.ts";

/** The median of the Kaplan–Meier summary at `id` with its headline CI, one decimal. */
export function medianCaption(numbers: NumberSource, id: string): Prose {
  if (numbers.value(`${id}.median`) === null) return ["not reached"];
  const ci = `${id}.ci.${numbers.plan.headlineCi}`;
  const level = levelText(numbers.plan.confidenceLevel);
  const interval = numbers.value(ci) === null
    ? ["NE"]
    : prose`${numbers.ref(`${ci}.0`, "time1")}–${numbers.ref(`${ci}.1`, "time1")}`;
  const words = medianRuleWords(numbers.plan);
  const other = rulesDifferAsPrinted(numbers, id, 1)
    ? prose`; ${numbers.ref(`${id}.${words.otherKey}`, "decimal1")} by the ${words.otherShort}`
    : [];
  return prose`${numbers.ref(`${id}.median`, "decimal1")} months (${level} CI ${interval}${other})`;
}

/** "Medians: the smallest event time at which survival is at or below 50% (SPSS ...)." */
export function medianRuleSentence(numbers: NumberSource): string {
  return `Medians: ${medianRuleWords(numbers.plan).rule}.`;
}
