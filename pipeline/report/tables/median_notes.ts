/**
 * How a table states its median rule: which rule the printed medians follow, the other rule's
 * value wherever the two differ (marked †), and which groups are too small for a median (–).
 *
 * @module
 */

import { type Prose, prose } from "../../_shared/prose/inline.ts";
import { joinProse } from "../../_shared/prose/inline.ts";
import type { NumberSource } from "../../_shared/prose/numbers.ts";
import { medianRuleWords, rulesDifferAsPrinted } from "../../_shared/prose/medians.ts";

/**
 * The note on medians of a table whose rows `groups` (label, Kaplan–Meier summary id) print one:
 * the rule, the other rule's value for each † row, and the minimum group size for a median.
 */
export function medianNote(
  numbers: NumberSource,
  groups: readonly { label: string; id: string }[],
  unit: string,
): Prose {
  const words = medianRuleWords(numbers.plan);
  const differing = groups.filter((g) =>
    numbers.value(`${g.id}.reported`) === true && rulesDifferAsPrinted(numbers, g.id, 1)
  );
  const others = differing.map((g) =>
    prose`${g.label} ${numbers.ref(`${g.id}.${words.otherKey}`, "decimal1")}`
  );
  return prose`Median: ${words.rule}.${
    others.length > 0
      ? prose` †: by ${words.other}, the median would be ${joinProse(others, "; ")} months.`
      : []
  } –: fewer than ${
    numbers.ref("settings.minimum_group_size_for_estimates", "integer")
  } ${unit}, median not estimated.`;
}
