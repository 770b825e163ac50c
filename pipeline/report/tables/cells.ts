/**
 * The cells the tables share: a count with its percentage, a rate with its exact CI, a median
 * with its CI by the plan's headline method. Each number is read from `stats.json` by id.
 *
 * @module
 */

import { type Prose, prose } from "../../_shared/prose/inline.ts";
import type { NumberSource } from "../../_shared/prose/numbers.ts";
import { rulesDifferAsPrinted } from "../../_shared/prose/medians.ts";

/** "29 (53%)" from a `{n, total, pct}` share at `id`. */
export function shareCell(numbers: NumberSource, id: string): Prose {
  return prose`${numbers.ref(`${id}.n`, "integer")} (${numbers.ref(`${id}.pct`, "integer")}%)`;
}

/** "30% (7–65)": a rate at `id` (`{pct, ci_exact}`) with its exact CI in whole percent. */
export function rateCell(numbers: NumberSource, id: string): Prose {
  return prose`${numbers.ref(`${id}.pct`, "integer")}% (${
    numbers.ref(`${id}.ci_exact.0`, "percent0")
  }–${numbers.ref(`${id}.ci_exact.1`, "percent0")})`;
}

/**
 * "4.0 (1.0–7.0)": the median of the Kaplan–Meier summary at `id` in months with its CI by the
 * plan's headline method, `digits` decimals; "NE" for what is not estimable; "–" for a group too
 * small for a median; "†" where the other median rule gives another value (see `median_notes.ts`).
 */
export function medianCell(numbers: NumberSource, id: string, digits: 0 | 1): Prose {
  if (numbers.value(`${id}.reported`) !== true) return ["–"];
  const median = numbers.ref(`${id}.median`, `decimal${digits}`);
  const mark = rulesDifferAsPrinted(numbers, id, digits) ? "†" : "";
  return prose`${median}${mark} (${
    intervalText(numbers, `${id}.ci.${numbers.plan.headlineCi}`, digits)
  })`;
}

/** "1.0–7.0" for the interval at `id`, "NE" when it is not estimable. */
export function intervalText(numbers: NumberSource, id: string, digits: 0 | 1): Prose {
  if (numbers.value(id) === null) return ["NE"];
  return prose`${numbers.ref(`${id}.0`, `time${digits}`)}–${
    numbers.ref(`${id}.1`, `time${digits}`)
  }`;
}
