/**
 * The rows of the forest plot: for each baseline factor a heading row, then one row per level
 * with its hazard ratio against the reference and the Wald interval, all read from
 * `comparative.os` of stats.json (the reference level is drawn at 1 and marked as such).
 *
 * @module
 */

import { COMPARATIVE_FACTORS } from "../../_shared/contracts/code_lists.ts";
import { factorLabel, levelLabel } from "../../_shared/prose/factor_levels.ts";
import type { NumberSource } from "../../_shared/prose/numbers.ts";

/** One row of the plot. */
export interface ForestRow {
  key: string;
  label: string;
  heading: boolean;
  reference: boolean;
  /** Hazard ratio and limits; null for headings, the reference and inestimable levels. */
  hr: number | null;
  lower: number | null;
  upper: number | null;
  /** "0.55 (0.26–1.17)", "reference", or "–", as printed at the right. */
  text: string;
}

/** The rows, top to bottom. */
export function forestRows(numbers: NumberSource): ForestRow[] {
  const cutoff = numbers.plan.comparativeSurvival.ageCutoffYears;
  return COMPARATIVE_FACTORS.flatMap(({ key, levels }) => {
    const id = `comparative.os.${key}`;
    const heading: ForestRow = {
      key,
      label: factorLabel(key),
      heading: true,
      reference: false,
      hr: null,
      lower: null,
      upper: null,
      text: "",
    };
    const cox = numbers.value(`${id}.cox`) !== null;
    return [
      heading,
      ...levels.map((level): ForestRow => {
        const reference = numbers.value(`${id}.reference`) === level;
        const at = `${id}.cox.hazard_ratios.${level}`;
        const estimable = cox && !reference && numbers.value(`${at}.hr`) !== null &&
          numbers.value(`${at}.lower`) !== null && numbers.value(`${at}.upper`) !== null;
        const value = (k: string) => numbers.value(`${at}.${k}`) as number;
        const print = (k: string) => numbers.ref(`${at}.${k}`, "decimal2").text;
        return {
          key: `${key}.${level}`,
          label: levelLabel(key, level, cutoff),
          heading: false,
          reference,
          hr: estimable ? value("hr") : null,
          lower: estimable ? value("lower") : null,
          upper: estimable ? value("upper") : null,
          text: reference
            ? "reference"
            : estimable
            ? `${print("hr")} (${print("lower")}–${print("upper")})`
            : "–",
        };
      }),
    ];
  });
}
