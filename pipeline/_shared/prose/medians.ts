/**
 * Medians as the outputs print them: the plan's median rule in words, and whether the other rule
 * would print another value (a Kaplan–Meier curve flat at exactly 50%).
 *
 * @module
 */

import type { AnalysisPlan } from "../analysis_plan.ts";
import type { NumberSource } from "./numbers.ts";

/** The plan's rule and the other one, as sentences name them, and the other rule's key. */
export function medianRuleWords(plan: Pick<AnalysisPlan, "medianRule">): {
  rule: string;
  other: string;
  otherShort: string;
  otherKey: "median_r" | "median_spss";
} {
  return plan.medianRule === "midpoint"
    ? {
      rule: "where the curve is flat at exactly 50%, the midpoint of the flat (R, SAS, survminer)",
      other: "the smallest time at or below 50% (SPSS)",
      otherShort: "SPSS rule",
      otherKey: "median_spss",
    }
    : {
      rule: "the smallest event time at which survival is at or below 50% (SPSS, as the " +
        "publication)",
      other: "the midpoint of the flat at exactly 50% (R, SAS, survminer)",
      otherShort: "midpoint rule of R and SAS",
      otherKey: "median_r",
    };
}

/** Whether the two median rules print different medians for the summary at `id`. */
export function rulesDifferAsPrinted(numbers: NumberSource, id: string, digits: 0 | 1): boolean {
  if (numbers.value(`${id}.median_rules_differ`) !== true) return false;
  const print = (key: string) => numbers.ref(`${id}.${key}`, `decimal${digits}`).text;
  return print("median_spss") !== print("median_r");
}
