/**
 * The key of best overall responses shared by the figures that colour by response (the waterfall
 * and the response bars): each response's name, and the legend items in RECIST order with the
 * responses' own paint (`palette.ts`).
 *
 * @module
 */

import type { LegendItem } from "./legend.ts";
import { RESPONSE_ORDER, RESPONSE_PAINT } from "./palette.ts";

/** The name of each best overall response, as a legend prints it. */
export const RESPONSE_NAMES: Readonly<Record<(typeof RESPONSE_ORDER)[number], string>> = {
  CR: "Complete response (CR)",
  PR: "Partial response (PR)",
  SD: "Stable disease (SD)",
  PD: "Progressive disease (PD)",
  NE: "Not evaluable (NE)",
};

/** Legend items of the responses in `shown` (every response by default), in RECIST order. */
export function responseLegend(
  shown: ReadonlySet<string> = new Set(RESPONSE_ORDER),
): LegendItem[] {
  return RESPONSE_ORDER.filter((r) => shown.has(r)).map((r) => ({
    key: {
      kind: "swatch",
      colour: RESPONSE_PAINT[r].fill,
      ...(RESPONSE_PAINT[r].stroke === "none" ? {} : { stroke: RESPONSE_PAINT[r].stroke }),
    },
    label: RESPONSE_NAMES[r],
  }));
}
