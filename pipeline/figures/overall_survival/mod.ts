/**
 * Figure 1: overall survival, Kaplan–Meier, with censor marks, the pointwise confidence band, the
 * median marked by dashed lines, and the number at risk under each tick. The curve, band and
 * numbers at risk are the statistics stage's (`survival-curves.json`); the median and its interval
 * are read from `stats.json`.
 *
 * The band is R's survfit band by the plan's headline method when that is a band method (log,
 * log-log, plain); the SPSS-style headline has no band of its own, so R's default (log) is drawn,
 * and the caption names both.
 *
 * @module
 */

import * as Plot from "@observablehq/plot";
import type { CurveSet } from "../../_shared/contracts/curves.ts";
import {
  BAND_WORDS,
  CI_METHOD_WORDS,
  levelText,
  monthsWords,
  osOriginWords,
} from "../../_shared/plan_words.ts";
import { prose } from "../../_shared/prose/inline.ts";
import type { NumberSource } from "../../_shared/prose/numbers.ts";
import { composeFigure, createDocument, drawPlot } from "../_common/document.ts";
import type { DrawnFigure } from "../_common/figure.ts";
import { drawLegend } from "../_common/legend.ts";
import { kaplanMeierFrame } from "../_km/frame.ts";
import { bandMark, curveMarks } from "../_km/marks.ts";
import { medianCaption, medianRuleSentence } from "../_km/median_caption.ts";
import { riskMarginLeft, type RiskRow, riskTableMarks } from "../_km/risk_table.ts";

const COLOUR = "#0072B2";
const FRAME_HEIGHT = 280;

/** Draws figure 1 from the OS curve set and the OS summary in stats.json. */
export function drawOverallSurvival(set: CurveSet, numbers: NumberSource): DrawnFigure {
  const curve = set.curves[0];
  if (curve === undefined) throw new RangeError("Expected the overall survival curve");
  const { plan } = numbers;
  const origin = osOriginWords(plan);
  const rows: RiskRow[] = [{ label: "All patients", colour: COLOUR, counts: curve.atRisk }];
  const marginLeft = riskMarginLeft(rows);
  const median = numbers.value("os.median") as number | null;
  const level = levelText(plan.confidenceLevel);
  const document = createDocument();
  const medianMarks = median === null ? [] : [
    Plot.ruleY([0.5], { x1: 0, x2: median, strokeDasharray: "4,3", stroke: "#555555" }),
    Plot.ruleX([median], { y1: 0, y2: 0.5, strokeDasharray: "4,3", stroke: "#555555" }),
    Plot.text([`Median ${numbers.ref("os.median", "decimal1").text} months`], {
      x: median,
      y: 0,
      dx: 5,
      dy: -8,
      textAnchor: "start",
      fill: "black",
      ariaDescription: "median label",
    }),
  ];
  const plot = drawPlot(document, {
    ...kaplanMeierFrame({
      rows,
      marginLeft,
      ticks: set.ticks,
      frameHeight: FRAME_HEIGHT,
      xLabel: origin.axis,
      yLabel: "Overall survival (%)",
    }),
    marks: [
      bandMark(curve, COLOUR),
      ...medianMarks,
      ...curveMarks(curve, COLOUR, "all patients"),
      ...riskTableMarks(rows, marginLeft),
    ],
  });
  const legend = drawLegend(document, [
    { key: { kind: "line", colour: COLOUR }, label: "Kaplan–Meier estimate" },
    { key: { kind: "swatch", colour: COLOUR, opacity: 0.15 }, label: `${level} confidence band` },
    {
      key: { kind: "symbol", symbol: "plus", stroke: COLOUR, fill: "none" },
      label: "Censored (alive at last contact)",
    },
    { key: { kind: "line", colour: "#555555", dash: "4,3" }, label: "Median" },
  ], marginLeft);
  const title = origin.title;
  const negativeAsZero = plan.headlineCi === "spss" ? ", a negative lower limit shown as 0" : "";
  const caption = prose`Kaplan–Meier estimate of overall survival of all ${
    numbers.ref("os.n", "integer")
  } patients (${
    numbers.ref("os.events", "integer")
  } deaths), from ${origin.event} to death from any cause; patients alive were censored at last contact (+). Shaded: pointwise ${level} confidence band (Greenwood variance, ${
    BAND_WORDS[set.bandMethod]
  }). Dashed lines: median overall survival, ${medianCaption(numbers, "os")}; the interval is ${
    CI_METHOD_WORDS[plan.headlineCi].long
  }${negativeAsZero}. Below the axis: number of patients still at risk (alive and followed) at each tick. ${
    medianRuleSentence(numbers)
  } ${monthsWords(plan)}`;
  const alt = `Kaplan–Meier curve of overall survival; numbers at risk at ` +
    `${set.ticks.join(", ")} months: ${curve.atRisk.map((c) => c.nRisk).join(", ")}.`;
  return {
    file: "overall-survival.svg",
    title,
    caption,
    alt,
    svg: composeFigure(document, { title, description: alt, panels: [legend, plot] }),
  };
}
