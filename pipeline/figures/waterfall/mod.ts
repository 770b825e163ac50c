/**
 * Figure 4: waterfall plot. One bar per treated line with target-lesion measurements: the best
 * (most negative, up to the first progression) percentage change of the target-lesion sum from
 * the line's baseline, as the derive stage computed it (ADRS PCHG of the headline best response),
 * sorted from the largest growth to the deepest shrinkage, coloured by regimen, with the RECIST 1.1
 * thresholds at −30% (partial response) and +20% (progression).
 *
 * Decisions: growth beyond +100% is drawn to +100% with a triangle above the bar and the values
 * listed in the caption (labels above the leftmost bars would run into the axis), so one large
 * increase does not squeeze every other bar. The line's best overall response is printed at
 * each bar's end when bars are wide enough for it (16 px), as it can differ from what the bar
 * suggests (new lesions or non-target progression make PD whatever the sum did).
 *
 * @module
 */

import * as Plot from "@observablehq/plot";
import { composeFigure, createDocument, drawPlot, FIGURE_WIDTH } from "../_common/document.ts";
import type { DrawnFigure } from "../_common/figure.ts";
import { drawLegend } from "../_common/legend.ts";
import type { PatientCourse } from "../courses.ts";
import { OTHER_REGIMENS, type RegimenPalette } from "../_common/palette.ts";
import { CAP, type WaterfallBar, waterfallBars } from "./bars.ts";
import { prose } from "../../_shared/prose/inline.ts";
import type { NumberSource } from "../../_shared/prose/numbers.ts";
import { PipelineError } from "../../_shared/stage.ts";

const MARGIN_LEFT = 60;
const MARGIN_RIGHT = 24;
const LETTER_SPACE = 16;

/** Draws figure 4. */
export function drawWaterfall(
  courses: readonly PatientCourse[],
  palette: RegimenPalette,
  regimenLabels: Readonly<Record<string, string>>,
  numbers: NumberSource,
): DrawnFigure {
  const { bars, low, high, ticks } = waterfallBars(courses);
  const counted = numbers.stats.figures.waterfall.lines;
  if (counted !== bars.length) {
    throw new PipelineError(
      `the waterfall plot would draw ${bars.length} bars but stats.json counts ${counted} lines ` +
        "with a percentage change: the analysis datasets and stats.json come from different " +
        "runs; rerun `deno task all --from statistics`",
    );
  }
  const n = numbers.ref("figures.waterfall.lines", "integer");
  const capped = bars.filter((b) => b.change > CAP);
  const bandwidth = (FIGURE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT) / Math.max(1, bars.length);
  const letters = bandwidth >= LETTER_SPACE;
  // Bars run from growth (left) to shrinkage (right), so the space below 0 is free on the left
  // and the space above 0 on the right: each threshold is labelled where no bar crosses it.
  const thresholds = [
    { y: -30, text: "−30%: partial response", anchor: "left" as const },
    { y: 20, text: "+20%: progression", anchor: "right" as const },
  ];
  const document = createDocument();
  const plot = drawPlot(document, {
    height: 360,
    marginTop: 30,
    marginLeft: MARGIN_LEFT,
    marginRight: MARGIN_RIGHT,
    marginBottom: 34,
    x: {
      domain: bars.map((b) => b.key),
      axis: null,
      padding: 0.15,
    },
    y: {
      domain: [low, high + (capped.length > 0 ? (letters ? 20 : 10) : 0)],
      ticks,
      tickFormat: (v: number) => v > 0 ? `+${v}` : v < 0 ? `−${-v}` : "0",
      grid: true,
      label: "Best change in target-lesion sum from baseline (%)",
      labelArrow: "none",
    },
    marks: [
      Plot.barY(bars, {
        x: "key",
        y: "shown",
        fill: (b: WaterfallBar) => palette.colour(b.regimen),
        title: (b: { key: string; change: number; regimen: string }) =>
          `${b.key}: ${regimenLabels[b.regimen] ?? b.regimen}, ${b.change.toFixed(1)}%`,
        ariaDescription: "bars",
      }),
      Plot.ruleY([0], { stroke: "black" }),
      Plot.ruleY(thresholds, { y: "y", stroke: "black", strokeDasharray: "5,4" }),
      ...thresholds.map((t) =>
        Plot.text([t], {
          y: "y",
          text: "text",
          frameAnchor: t.anchor,
          textAnchor: t.anchor === "left" ? "start" : "end",
          dx: t.anchor === "left" ? 4 : -4,
          dy: t.anchor === "left" ? 9 : -9,
          fill: "black",
          stroke: "white",
          strokeWidth: 3,
          paintOrder: "stroke",
          ariaDescription: "threshold labels",
        })
      ),
      Plot.dot(capped, {
        x: "key",
        y: "shown",
        symbol: "triangle",
        r: 3.5,
        fill: "black",
        dy: letters ? -18 : -6,
        ariaDescription: "capped bars",
      }),
      // The best response below a shrinking bar, above a growing one.
      ...(letters
        ? [false, true].map((growing) =>
          Plot.text(bars.filter((b) => (b.shown >= 0) === growing), {
            x: "key",
            y: "shown",
            text: "response",
            lineAnchor: growing ? "bottom" : "top",
            dy: growing ? -3 : 3,
            fontSize: 10,
            fill: "black",
            stroke: "white",
            strokeWidth: 2.5,
            paintOrder: "stroke",
            ariaDescription: "best responses",
          })
        )
        : []),
      Plot.text([`Lines of therapy with target-lesion measurements (n = ${n.text})`], {
        frameAnchor: "bottom",
        dy: 18,
        fill: "black",
      }),
    ],
  });
  const legend = drawLegend(document, [
    ...palette.legend.map((e) => ({
      key: { kind: "swatch" as const, colour: e.colour },
      label: e.regimen === null ? OTHER_REGIMENS : regimenLabels[e.regimen] ?? e.regimen,
    })),
    ...(capped.length > 0
      ? [{
        key: { kind: "symbol" as const, symbol: "triangle", stroke: "none", fill: "black" },
        label: `Beyond +${CAP}% (value in caption)`,
      }]
      : []),
  ], 8);
  const title = "Best change in target-lesion size per line of therapy";
  // The values of cut bars are data (ADRS PCHG of single lines), not statistics.
  const caption =
    prose`Waterfall plot of the ${n} lines of systemic therapy with target-lesion measurements at baseline and after: each bar is the line's best (most negative, up to the first progression) percentage change of the sum of target-lesion diameters from the line's baseline, coloured by regimen (the seven most used regimens have their own colour; the others are grey). Dashed lines: RECIST 1.1 thresholds of partial response (−30%) and progression (+20%, from the nadir).${
      letters ? " Letters: the line's best overall response." : ""
    }${
      capped.length > 0
        ? ` Triangles: ${capped.length > 1 ? "bars" : "a bar"} cut at +${CAP}%; the ` +
          `${capped.length > 1 ? "values are" : "value is"} ` +
          `${capped.map((b) => `+${b.change.toFixed(1)}%`).join(", ")}.`
        : ""
    }`;
  const alt = `Waterfall plot of ${bars.length} lines.`;
  return {
    file: "waterfall.svg",
    title,
    caption,
    alt,
    svg: composeFigure(document, { title, description: alt, panels: [legend, plot] }),
  };
}
