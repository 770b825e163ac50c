/**
 * Figure 7: forest plot of the hazard ratios of overall survival by baseline characteristic
 * (univariable Cox models, Efron ties), each level against its characteristic's reference level,
 * with the Wald interval at the plan's level, on a log scale with a line at 1. The hazard ratios
 * and intervals are the statistics stage's (`comparative.os` of stats.json), printed at the right
 * as Table 5 prints them.
 *
 * Decisions: a double-column figure (labels and values need the width); black marks, since the
 * characteristics are not entities that have a colour elsewhere; an interval that runs past the
 * axis is cut at its end with an arrow-like cap so that the axis stays readable.
 *
 * @module
 */

import * as Plot from "@observablehq/plot";
import { levelText } from "../../_shared/plan_words.ts";
import { prose } from "../../_shared/prose/inline.ts";
import type { NumberSource } from "../../_shared/prose/numbers.ts";
import { composeFigure, createDocument, drawPlot, FONT_SIZE } from "../_common/document.ts";
import type { DrawnFigure } from "../_common/figure.ts";
import { printSize } from "../_common/print_size.ts";
import { textWidth } from "../_common/text_width.ts";
import { type ForestRow, forestRows } from "./rows.ts";

const SIZE = printSize("double");
const ROW = 20;
const TICKS = [0.1, 0.2, 0.5, 1, 2, 5, 10];

/** The x domain: the decade-rounded span of every interval, at least 0.2 to 5. */
function domain(rows: readonly ForestRow[]): [number, number] {
  const limits = rows.flatMap((r) => r.lower === null ? [] : [r.lower, r.upper!]);
  const low = Math.min(0.2, ...limits);
  const high = Math.max(5, ...limits);
  return [Math.max(0.1, low < 0.2 ? 0.1 : 0.2), Math.min(10, high > 5 ? 10 : 5)];
}

/** Draws figure 7. */
export function drawForestPlot(numbers: NumberSource): DrawnFigure {
  const rows = forestRows(numbers);
  const [low, high] = domain(rows);
  const clip = (x: number) => Math.min(high, Math.max(low, x));
  const marginLeft = Math.ceil(
    Math.max(...rows.map((r) => textWidth(r.label, FONT_SIZE, r.heading) + (r.heading ? 0 : 12))) +
      16,
  );
  const marginRight = Math.ceil(Math.max(...rows.map((r) => textWidth(r.text, FONT_SIZE))) + 24);
  const estimable = rows.filter((r) => r.hr !== null);
  const document = createDocument();
  const plot = drawPlot(document, {
    width: SIZE.width,
    height: rows.length * ROW + 24 + 46,
    marginTop: 24,
    marginBottom: 46,
    marginLeft,
    marginRight,
    x: {
      type: "log",
      domain: [low, high],
      ticks: TICKS.filter((t) => t >= low && t <= high),
      tickFormat: (v: number) => String(v),
      label: `Hazard ratio (${levelText(numbers.plan.confidenceLevel)} CI), log scale`,
      labelAnchor: "center",
      labelArrow: "none",
      labelOffset: 36,
    },
    y: { domain: rows.map((r) => r.key), axis: null, padding: 0, insetBottom: 12 },
    marks: [
      Plot.ruleX([1], { stroke: "#555555", strokeDasharray: "4,3" }),
      Plot.ruleY(estimable, {
        y: "key",
        x1: (r: ForestRow) => clip(r.lower!),
        x2: (r: ForestRow) => clip(r.upper!),
        stroke: "black",
        strokeWidth: 1.5,
        ariaDescription: "intervals",
      }),
      Plot.dot(estimable, {
        x: "hr",
        y: "key",
        symbol: "square",
        r: 4,
        fill: "black",
        ariaDescription: "hazard ratios",
      }),
      Plot.dot(rows.filter((r) => r.reference), {
        x: () => 1,
        y: "key",
        symbol: "square",
        r: 4,
        fill: "white",
        stroke: "black",
        ariaDescription: "reference levels",
      }),
      ...[true, false].map((heading) =>
        Plot.text(rows.filter((r) => r.heading === heading), {
          y: "key",
          text: "label",
          frameAnchor: "left",
          textAnchor: "start",
          dx: -marginLeft + 8 + (heading ? 0 : 12),
          fontWeight: heading ? "bold" : "normal",
          fill: "black",
          ariaDescription: heading ? "characteristics" : "levels",
        })
      ),
      Plot.text(rows.filter((r) => !r.heading), {
        y: "key",
        text: "text",
        frameAnchor: "right",
        textAnchor: "start",
        dx: 12,
        fill: "black",
        ariaDescription: "hazard ratio values",
      }),
      Plot.text(["HR (CI)"], {
        frameAnchor: "top-right",
        textAnchor: "start",
        dx: 12,
        dy: -14,
        fontWeight: "bold",
        fill: "black",
      }),
      ...[["← lower hazard of death", low, "start"], ["higher hazard of death →", high, "end"]]
        .map(([text, x, anchor]) =>
          Plot.text([text as string], {
            x: () => x as number,
            frameAnchor: "top",
            textAnchor: anchor as "start" | "end",
            dy: -14,
            fill: "#555555",
            fontSize: 10,
          })
        ),
    ],
  });
  const title = "Hazard ratios of overall survival by baseline characteristic";
  const level = levelText(numbers.plan.confidenceLevel);
  const caption =
    prose`Forest plot of univariable Cox proportional-hazards models of overall survival (${
      numbers.ref("os.n", "integer")
    } patients, ${
      numbers.ref("os.events", "integer")
    } deaths; Efron ties, as R's coxph): each square is a level's hazard ratio against the reference level of its characteristic (open square at 1), with its Wald ${level} confidence interval, on a log scale; a ratio below 1 is a lower hazard of death. Age groups split at ${
      numbers.ref("plan:comparativeSurvival.ageCutoffYears", "text")
    } years. The values, the log-rank tests and the medians are in Table 5. Exploratory: no adjustment for other characteristics or for multiple comparisons.`;
  const alt = `Forest plot of ${estimable.length} hazard ratios of overall survival by ` +
    `${rows.filter((r) => r.heading).length} baseline characteristics.`;
  return {
    file: "forest-plot-os.svg",
    title,
    caption,
    alt,
    widthMm: SIZE.widthMm,
    svg: composeFigure(document, { title, description: alt, size: SIZE, panels: [plot] }),
  };
}
