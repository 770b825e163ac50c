/**
 * Figure 5: best overall response by regimen. One horizontal bar per regimen, stacked CR, PR, SD,
 * PD, NE (RECIST 1.1, the plan's headline best response) in the responses' own colours
 * (`palette.ts`), with the number of lines in each part, and at the bar's end the regimen's lines,
 * objective response rate and disease control rate (percent, from stats.json). Lines without any
 * response data count as NE, as in Table 2. Printed across a double column (175 mm).
 *
 * Regimens are in the order of Table 2 (the order of `response.by_regimen` in stats.json, by
 * regimen code), so the figure and the table can be read side by side. A count is printed inside
 * its part when the part is wide enough (14 px); the legend and the totals make the rest readable.
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
import { RESPONSE_ORDER, RESPONSE_PAINT, RESPONSE_TEXT } from "../_common/palette.ts";
import { printSize } from "../_common/print_size.ts";
import { responseLegend } from "../_common/response_key.ts";

const SIZE = printSize("double");
const BAR = 22;
const MIN_PART = 14;
const END_GAP = 6;

/** Draws figure 5. */
export function drawResponseBars(
  regimenLabels: Readonly<Record<string, string>>,
  numbers: NumberSource,
): DrawnFigure {
  const byRegimen = numbers.stats.response.by_regimen;
  const regimens = Object.entries(byRegimen).map(([regimen, r]) => {
    const id = `response.by_regimen.${regimen}`;
    const pct = (rate: string) => numbers.ref(`${id}.${rate}.pct`, "integer").text;
    return {
      regimen,
      label: regimenLabels[regimen] ?? regimen,
      n: r.lines,
      summary: r,
      end: `n = ${numbers.ref(`${id}.lines`, "integer").text}; ORR ${pct("orr")}%, DCR ${
        pct("dcr")
      }%`,
    };
  });
  const parts = regimens.flatMap((r) => {
    let x = 0;
    return RESPONSE_ORDER.map((response) => {
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
  const marginRight = Math.ceil(
    END_GAP + Math.max(0, ...regimens.map((r) => textWidth(r.end, FONT_SIZE))) + 8,
  );
  const unit = (SIZE.width - marginLeft - marginRight) / maxN;
  const document = createDocument();
  const plot = drawPlot(document, {
    width: SIZE.width,
    height: regimens.length * BAR + 10 + 44,
    marginTop: 10,
    marginBottom: 44,
    marginLeft,
    marginRight,
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
        fill: (p: { response: (typeof RESPONSE_ORDER)[number] }) => RESPONSE_PAINT[p.response].fill,
        stroke: "white",
        strokeWidth: 1,
        title: (p: { label: string; response: string; n: number }) =>
          `${p.label}: ${p.response} ${p.n}`,
        ariaDescription: "response parts",
      }),
      // The outlined responses (NE) get their outline inside the white gaps between parts.
      Plot.barX(parts.filter((p) => RESPONSE_PAINT[p.response].stroke !== "none"), {
        y: "label",
        x1: "x1",
        x2: "x2",
        fill: "none",
        stroke: (p: { response: (typeof RESPONSE_ORDER)[number] }) =>
          RESPONSE_PAINT[p.response].stroke,
        strokeWidth: 1,
        inset: 1,
        ariaDescription: "response part outlines",
      }),
      Plot.text(parts.filter((p) => p.n * unit >= MIN_PART), {
        y: "label",
        x: (p: { x1: number; x2: number }) => (p.x1 + p.x2) / 2,
        text: (p: { n: number }) => String(p.n),
        fill: (p: { response: (typeof RESPONSE_ORDER)[number] }) => RESPONSE_TEXT[p.response],
        ariaDescription: "response counts",
      }),
      Plot.text(regimens, {
        y: "label",
        x: "n",
        text: "end",
        textAnchor: "start",
        dx: END_GAP,
        fill: "black",
        ariaDescription: "regimen totals",
      }),
    ],
    color: { type: "identity" },
  });
  const legend = drawLegend(document, responseLegend(), { left: 8, width: SIZE.width });
  const all = (key: string) => numbers.ref(`response.all_lines.${key}`, "integer");
  const title = "Best overall response by regimen";
  const caption = prose`Best overall response (RECIST 1.1; ${
    confirmationWords(numbers.plan)
  }) of each of the ${all("lines")} lines of systemic therapy for advanced disease, by regimen, ${
    numbers.ref("figures.response_bars.regimens", "integer")
  } regimens in the order of Table 2. Numbers in the bars: lines in each category. At the end of each bar: n, the regimen's lines; ORR, objective response rate (CR or PR) and DCR, disease control rate (CR, PR or SD), in percent of its lines (with their confidence intervals in Table 2). In all, ${
    joinProse(RESPONSE_ORDER.map((r) => prose`${r} ${all(r)}`), ", ")
  }. NE includes lines without any response data (${all("no_data")}).`;
  const alt = `Stacked bars of best overall response for ${regimens.length} regimens.`;
  return {
    file: "best-response-by-regimen.svg",
    title,
    caption,
    alt,
    widthMm: SIZE.widthMm,
    svg: composeFigure(document, { title, description: alt, size: SIZE, panels: [legend, plot] }),
  };
}
