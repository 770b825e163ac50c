/**
 * Figure 4: waterfall plot. One bar per treated line with target-lesion measurements: the best
 * (most negative, up to the first progression) percentage change of the target-lesion sum from
 * the line's baseline, as the derive stage computed it (ADRS PCHG of the headline best response),
 * sorted from the largest growth to the deepest shrinkage, coloured by the line's best overall
 * response, with the RECIST 1.1 thresholds at −30% (partial response) and +20% (progression).
 * Printed in a single column (85 mm).
 *
 * Decisions: colour is the best overall response, with the responses' own palette
 * (`palette.ts`), because it can differ from what the bar suggests (new lesions or non-target
 * progression make PD whatever the sum did). No bar is too short to see: a change of exactly 0%
 * is a small block across the zero line and any other change is drawn at least `MIN_BAR_PX` long
 * (`drawnExtent`). Growth beyond +100% is drawn to +100% with a triangle above the bar and the
 * values listed in the caption (labels above the leftmost bars would run into the axis), so one
 * large increase does not squeeze every other bar.
 *
 * @module
 */

import * as Plot from "@observablehq/plot";
import { composeFigure, createDocument, drawPlot } from "../_common/document.ts";
import type { DrawnFigure } from "../_common/figure.ts";
import { drawLegend } from "../_common/legend.ts";
import type { PatientCourse } from "../courses.ts";
import { NEUTRAL, RESPONSE_ORDER, RESPONSE_PAINT } from "../_common/palette.ts";
import { printSize, PX_PER_MM } from "../_common/print_size.ts";
import { responseLegend } from "../_common/response_key.ts";
import { CAP, drawnExtent, type WaterfallBar, waterfallBars } from "./bars.ts";
import { systematicSample } from "../_common/systematic_sample.ts";
import { confirmationWords } from "../../_shared/plan_words.ts";
import { prose } from "../../_shared/prose/inline.ts";
import type { NumberSource } from "../../_shared/prose/numbers.ts";
import { PipelineError } from "../../_shared/stage.ts";

const SIZE = printSize("single");
/** The most bars drawn: above it, a systematic sample (`systematic_sample.ts`). */
export const MAX_BARS = 300;
/** The most values of cut bars the caption lists. */
const MAX_LISTED_VALUES = 5;
const MARGIN = { top: 30, right: 10, bottom: 30, left: 42 } as const;
const FRAME_HEIGHT = 230;
/** The shortest bar drawn, in pixels. */
export const MIN_BAR_PX = 3;

type Response = (typeof RESPONSE_ORDER)[number];
const paint = (b: WaterfallBar) => RESPONSE_PAINT[b.response as Response] ?? RESPONSE_PAINT.NE;

/** Draws figure 4. */
export function drawWaterfall(
  courses: readonly PatientCourse[],
  regimenLabels: Readonly<Record<string, string>>,
  numbers: NumberSource,
): DrawnFigure {
  const all = waterfallBars(courses);
  const { low, high, ticks } = all;
  const counted = numbers.stats.figures.waterfall.lines;
  if (counted !== all.bars.length) {
    throw new PipelineError(
      `the waterfall plot would draw ${all.bars.length} bars but stats.json counts ${counted} lines ` +
        "with a percentage change: the analysis datasets and stats.json come from different " +
        "runs; rerun `deno task all --from statistics`",
    );
  }
  const n = numbers.ref("figures.waterfall.lines", "integer");
  // Above MAX_BARS lines, every k-th bar in order of change is drawn (the caption says so).
  const bars = systematicSample(all.bars, MAX_BARS);
  const capped = bars.filter((b) => b.change > CAP);
  const top = high + (capped.length > 0 ? 10 : 0);
  const minimum = MIN_BAR_PX * (top - low) / FRAME_HEIGHT;
  const drawn = bars.map((b) => {
    const [from, to] = drawnExtent(b.shown, minimum);
    return { ...b, from, to };
  });
  // Bars run from growth (left) to shrinkage (right), so the space below 0 is free on the left
  // and the space above 0 on the right: each threshold is labelled there, in few words so that
  // the label stays clear of the bars that cross the threshold further in.
  const thresholds = [
    { y: -30, text: "PR −30%", anchor: "left" as const },
    { y: 20, text: "PD +20%", anchor: "right" as const },
  ];
  const document = createDocument();
  const plot = drawPlot(document, {
    width: SIZE.width,
    height: MARGIN.top + FRAME_HEIGHT + MARGIN.bottom,
    marginTop: MARGIN.top,
    marginLeft: MARGIN.left,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    x: { domain: bars.map((b) => b.key), axis: null, padding: 0.15 },
    y: {
      domain: [low, top],
      ticks: ticks.filter((t) => t % 20 === 0),
      tickFormat: (v: number) => v > 0 ? `+${v}` : v < 0 ? `−${-v}` : "0",
      grid: true,
      label: "Best change in target-lesion sum (%)",
      labelArrow: "none",
    },
    marks: [
      Plot.ruleY([0], { stroke: "black" }),
      Plot.rectY(drawn, {
        x: "key",
        y1: "from",
        y2: "to",
        fill: (b: WaterfallBar) => paint(b).fill,
        stroke: (b: WaterfallBar) => paint(b).stroke,
        strokeWidth: 0.8,
        title: (b: WaterfallBar) =>
          `${b.key}: ${regimenLabels[b.regimen] ?? b.regimen}, ${b.response}, ` +
          `${b.change.toFixed(1)}%`,
        ariaDescription: "bars",
      }),
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
        fill: NEUTRAL.curve,
        dy: -6,
        ariaDescription: "capped bars",
      }),
      Plot.text([`One bar per line (n = ${n.text})`], {
        frameAnchor: "bottom",
        dy: 18,
        fill: "black",
      }),
    ],
  });
  const legend = drawLegend(document, [
    ...responseLegend(new Set(bars.map((b) => b.response))),
    {
      key: { kind: "line", colour: NEUTRAL.curve, dash: "5,4", width: 1 },
      label: "RECIST 1.1 thresholds",
    },
    ...(capped.length > 0
      ? [{
        key: { kind: "symbol" as const, symbol: "triangle", stroke: "none", fill: NEUTRAL.curve },
        label: `Beyond +${CAP}%`,
      }]
      : []),
  ], { left: 8, width: SIZE.width });
  const title = "Best change in target-lesion size per line of therapy";
  const minimumMm = (MIN_BAR_PX / PX_PER_MM).toFixed(1);
  // The values of cut bars are data (ADRS PCHG of single lines), not statistics.
  const caption =
    prose`Waterfall plot of the ${n} lines of systemic therapy with target-lesion measurements at baseline and after: each bar is the line's best (most negative, up to the first progression) percentage change of the sum of target-lesion diameters from the line's baseline, coloured by the line's best overall response (RECIST 1.1; ${
      confirmationWords(numbers.plan)
    }), which new lesions or progression of non-target lesions can make PD whatever the sum did. Dashed lines: RECIST 1.1 thresholds of partial response (−30%) and progression (+20%, from the nadir). So that every bar shows, a change of exactly 0% is drawn as a short block across the zero line and no bar is drawn shorter than ${minimumMm} mm in print.${
      capped.length === 0
        ? ""
        : capped.length <= MAX_LISTED_VALUES
        ? ` Triangles: ${capped.length > 1 ? "bars" : "a bar"} cut at +${CAP}%; the ` +
          `${capped.length > 1 ? "values are" : "value is"} ` +
          `${capped.map((b) => `+${b.change.toFixed(1)}%`).join(", ")}.`
        : ` Triangles: ${capped.length} bars cut at +${CAP}% (analysis/adrs.csv, PCHG, has ` +
          "their values)."
    }${
      bars.length < all.bars.length
        ? ` ${bars.length} bars are drawn, every ` +
          `${(all.bars.length / bars.length).toFixed(1)}th line in order of change (a ` +
          `systematic sample that keeps the shape of the distribution; a figure shows at most ` +
          `${MAX_BARS} bars).`
        : ""
    }`;
  const alt = `Waterfall plot of ${bars.length} lines.`;
  return {
    file: "waterfall.svg",
    title,
    caption,
    alt,
    widthMm: SIZE.widthMm,
    svg: composeFigure(document, { title, description: alt, size: SIZE, panels: [legend, plot] }),
  };
}
