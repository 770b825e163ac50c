/**
 * Table 5: overall survival by baseline characteristic: per level, patients, deaths and the
 * median with the plan's interval; the hazard ratio against the reference level (univariable Cox
 * model, Efron ties) with its Wald CI and p-value; the log-rank p-value of each characteristic.
 *
 * @module
 */

import { COMPARATIVE_FACTORS } from "../../_shared/contracts/code_lists.ts";
import { levelText } from "../../_shared/plan_words.ts";
import { factorLabel, levelLabel } from "../../_shared/prose/factor_levels.ts";
import { type Prose, prose } from "../../_shared/prose/inline.ts";
import type { NumberSource } from "../../_shared/prose/numbers.ts";
import type { TableBlock } from "../document/blocks.ts";
import { medianCell } from "./cells.ts";
import { medianNote } from "./median_notes.ts";

/** Table 5 from `comparative.os` of stats.json. */
export function comparativeTable(numbers: NumberSource): TableBlock {
  const level = levelText(numbers.plan.confidenceLevel);
  const cutoff = numbers.plan.comparativeSurvival.ageCutoffYears;
  const rows: Prose[][] = [];
  const medianGroups: { label: string; id: string }[] = [];
  for (const { key, levels } of COMPARATIVE_FACTORS) {
    const id = `comparative.os.${key}`;
    const logRank = numbers.value(`${id}.log_rank`) === null
      ? ["–"]
      : [numbers.ref(`${id}.log_rank.p`, "p")];
    rows.push([[factorLabel(key)], [], [], [], [], prose`log-rank ${logRank}`]);
    for (const lv of levels) {
      const at = `${id}.levels.${lv}`;
      const isReference = numbers.value(`${id}.reference`) === lv;
      const hr = `${id}.cox.hazard_ratios.${lv}`;
      medianGroups.push({ label: levelLabel(key, lv, cutoff), id: at });
      const hasHr = !isReference && numbers.value(`${id}.cox`) !== null &&
        numbers.value(`${hr}.hr`) !== null;
      rows.push([
        [`  ${levelLabel(key, lv, cutoff)}`],
        [numbers.ref(`${at}.n`, "integer")],
        [numbers.ref(`${at}.events`, "integer")],
        numbers.value(`${at}.n`) === 0 ? ["–"] : medianCell(numbers, at, 1),
        isReference
          ? ["1 (reference)"]
          : hasHr
          ? prose`${numbers.ref(`${hr}.hr`, "decimal2")} (${
            numbers.ref(`${hr}.lower`, "decimal2")
          }–${numbers.ref(`${hr}.upper`, "decimal2")})`
          : ["–"],
        hasHr ? [numbers.ref(`${hr}.p`, "p")] : [],
      ]);
    }
  }
  return {
    name: "table5-os-by-baseline",
    title: "Table 5. Overall survival by baseline characteristic",
    header: [
      ["Characteristic"],
      ["Patients"],
      ["Deaths"],
      [`Median OS, months (${level} CI)`],
      [`Hazard ratio (${level} CI)`],
      ["p"],
    ],
    rows,
    notes: [
      prose`Hazard ratios from univariable Cox proportional-hazards models (Efron ties, as R's coxph) against the first level of each characteristic, with Wald ${level} CIs and p-values; the p-value beside each characteristic is the log-rank test over its levels (R's survdiff). Age groups split at ${
        numbers.ref("plan:comparativeSurvival.ageCutoffYears", "text")
      } years, fixed in the analysis plan. Univariable and exploratory: no adjustment for other characteristics or for multiple comparisons.`,
      medianNote(numbers, medianGroups, "patients"),
    ],
  };
}
