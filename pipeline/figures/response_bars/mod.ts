/**
 * Figure 5: best overall response by regimen. One horizontal bar per regimen, stacked CR, PR, SD,
 * PD, NE (RECIST 1.1, the plan's headline best response), with the number of lines in each part
 * and the regimen's total at the end. Lines without any response data count as NE, as in Table 2.
 *
 * Regimens are ordered by number of lines, largest at the top (ties by label). A count is printed
 * inside its part when the part is wide enough (14 px); the legend and the total make the rest
 * readable.
 *
 * @module
 */

import * as Plot from "@observablehq/plot";
import { composeFigure, createDocument, drawPlot, FONT_SIZE } from "../_common/document.ts";
import type { DrawnFigure } from "../_common/figure.ts";
import { drawLegend } from "../_common/legend.ts";
import { textWidth } from "../_common/text_width.ts";
import { confirmationWords } from "../../_shared/plan_words.ts";
import { joinProse, prose } from "../../_shared/prose/inline.ts";
import type { NumberSource } from "../../_shared/prose/numbers.ts";
import { compare, RESPONSE_COLOURS } from "../_common/palette.ts";

const RESPONSES = ["CR", "PR", "SD", "PD", "NE"] as const;
const RESPONSE_NAMES: Record<(typeof RESPONSES)[number], string> = {
  CR: "Complete response (CR)",
  PR: "Partial response (PR)",
  SD: "Stable disease (SD)",
  PD: "Progressive disease (PD)",
  NE: "Not evaluable (NE)",
};
const DARK = new Set(["CR", "PD"]);
const BAR = 22;
const MIN_PART = 14;

/** Draws figure 5. */
export function drawResponseBars(
  regimenLabels: Readonly<Record<string, string>>,
  numbers: NumberSource,
): DrawnFigure {
  const byRegimen = numbers.stats.response.by_regimen;
  const regimens = Object.entries(byRegimen).map(([regimen, r]) => ({
    regimen,
    label: regimenLabels[regimen] ?? regimen,
    n: r.lines,
    summary: r,
  })).sort((a, b) => b.n - a.n || compare(a.label, b.label));
  const parts = regimens.flatMap((r) => {
    let x = 0;
    return RESPONSES.map((response) => {
      const n = r.summary[response];
      const part = { label: r.label, response, n, x1: x, x2: x + n };
      x += n;
      return part;
    }).filter((p) => p.n > 0);
  });
  const maxN = Math.max(1, ...regimens.map((r) => r.n));
  const marginLeft = Math.ceil(
    Math.max(60, ...regimens.map((r) => textWidth(r.label, FONT_SIZE))) + 16,
  );
  const frameWidth = 680 - marginLeft - 60;
  const unit = frameWidth / maxN;
  const document = createDocument();
  const plot = drawPlot(document, {
    height: regimens.length * BAR + 10 + 44,
    marginTop: 10,
    marginBottom: 44,
    marginLeft,
    marginRight: 60,
    x: {
      domain: [0, maxN],
      label: "Lines of therapy (n)",
      labelAnchor: "center",
      labelArrow: "none",
      labelOffset: 36,
      grid: true,
      tickFormat: (v: number) => Number.isInteger(v) ? String(v) : "",
    },
    y: { domain: regimens.map((r) => r.label), label: null, padding: 0.2, tickSize: 0 },
    marks: [
      Plot.barX(parts, {
        y: "label",
        x1: "x1",
        x2: "x2",
        fill: (p: { response: string }) => RESPONSE_COLOURS[p.response],
        stroke: "white",
        strokeWidth: 1,
        title: (p: { label: string; response: string; n: number }) =>
          `${p.label}: ${p.response} ${p.n}`,
        ariaDescription: "response parts",
      }),
      Plot.text(parts.filter((p) => p.n * unit >= MIN_PART), {
        y: "label",
        x: (p: { x1: number; x2: number }) => (p.x1 + p.x2) / 2,
        text: (p: { n: number }) => String(p.n),
        fill: (p: { response: string }) => DARK.has(p.response) ? "white" : "black",
        ariaDescription: "response counts",
      }),
      Plot.text(regimens, {
        y: "label",
        x: "n",
        text: (r: { n: number }) => `n = ${r.n}`,
        textAnchor: "start",
        dx: 5,
        fill: "black",
        ariaDescription: "regimen totals",
      }),
    ],
    color: { type: "identity" },
  });
  const legend = drawLegend(
    document,
    RESPONSES.map((r) => ({
      key: { kind: "swatch" as const, colour: RESPONSE_COLOURS[r]! },
      label: RESPONSE_NAMES[r],
    })),
    8,
  );
  const all = (key: string) => numbers.ref(`response.all_lines.${key}`, "integer");
  const title = "Best overall response by regimen";
  const caption = prose`Best overall response (RECIST 1.1; ${
    confirmationWords(numbers.plan)
  }) of each of the ${all("lines")} lines of systemic therapy for advanced disease, by regimen, ${
    numbers.ref("figures.response_bars.regimens", "integer")
  } regimens ordered by number of lines. Numbers: lines in each category; n: lines of the regimen. In all, ${
    joinProse(RESPONSES.map((r) => prose`${r} ${all(r)}`), ", ")
  }. NE includes lines without any response data (${
    all("no_data")
  }). Objective response = CR or PR.`;
  const alt = `Stacked bars of best overall response for ${regimens.length} regimens.`;
  return {
    file: "best-response-by-regimen.svg",
    title,
    caption,
    alt,
    svg: composeFigure(document, { title, description: alt, panels: [legend, plot] }),
  };
}
