/**
 * Figure 1: overall survival from the diagnosis of advanced disease, Kaplan–Meier, with censor
 * marks, the pointwise confidence band, the median marked by dashed lines, and the number at risk
 * under each tick.
 *
 * The band is R's survfit band by the plan's headline method when that is a band method (log,
 * log-log, plain); the SPSS-style headline has no band of its own, so R's default (log) is drawn.
 *
 * @module
 */

import * as Plot from "@observablehq/plot";
import { fitKaplanMeier, type SurvivalRecord } from "../../lib/survival/kaplan_meier.ts";
import type { BandMethod } from "../../lib/survival/median_band.ts";
import { composeFigure, createDocument, drawPlot } from "../_common/document.ts";
import {
  type DrawnFigure,
  fixed,
  percentLevel,
  type SurvivalFigureOptions,
} from "../_common/figure.ts";
import { drawLegend } from "../_common/legend.ts";
import { kaplanMeierFrame } from "../_km/frame.ts";
import { CI_METHOD_NAMES, headlineMedian, medianText } from "../_km/median_text.ts";
import { monthTicks } from "../_common/month_ticks.ts";
import { bandMark, curveMarks } from "../_km/marks.ts";
import { numbersAtRisk, riskMarginLeft, type RiskRow, riskTableMarks } from "../_km/risk_table.ts";

const COLOUR = "#0072B2";
const BAND_NAMES: Record<BandMethod, string> = { log: "log", loglog: "log-log", plain: "no" };
const FRAME_HEIGHT = 280;

/** The band method drawn for a headline CI method. */
export function bandMethodFor(headline: SurvivalFigureOptions["headlineCi"]): BandMethod {
  return headline === "spss" ? "log" : headline;
}

/** Draws figure 1 from one OS record per patient (times in days). */
export function drawOverallSurvival(
  records: readonly SurvivalRecord[],
  options: SurvivalFigureOptions,
): DrawnFigure {
  const fit = fitKaplanMeier(records);
  const months = (days: number) => days / options.daysPerMonth;
  const ticks = monthTicks(months(fit.steps.at(-1)?.time ?? 0));
  const rows: RiskRow[] = [{
    label: "All patients",
    colour: COLOUR,
    counts: numbersAtRisk(fit, ticks, options.daysPerMonth),
  }];
  const marginLeft = riskMarginLeft(rows);
  const median = headlineMedian(fit, options).median;
  const band = bandMethodFor(options.headlineCi);
  const level = percentLevel(options.level);
  const document = createDocument();
  const medianMarks = median === null ? [] : [
    Plot.ruleY([0.5], { x1: 0, x2: months(median), strokeDasharray: "4,3", stroke: "#555555" }),
    Plot.ruleX([months(median)], { y1: 0, y2: 0.5, strokeDasharray: "4,3", stroke: "#555555" }),
    Plot.text([`Median ${fixed(months(median), 1)} months`], {
      x: months(median),
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
      ticks,
      frameHeight: FRAME_HEIGHT,
      xLabel: "Months since diagnosis of advanced disease",
      yLabel: "Overall survival (%)",
    }),
    marks: [
      bandMark(fit, COLOUR, options.daysPerMonth, { method: band, level: options.level }),
      ...medianMarks,
      ...curveMarks(fit, COLOUR, options.daysPerMonth, "all patients"),
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
  const title = "Overall survival from the diagnosis of advanced disease";
  const negativeAsZero = options.headlineCi === "spss" ? ", a negative lower limit shown as 0" : "";
  const caption = `Kaplan–Meier estimate of overall survival of all ${fit.n} patients ` +
    `(${fit.events} deaths), from the diagnosis of locally advanced or metastatic disease to ` +
    `death from any cause; patients alive were censored at last contact (+). Shaded: pointwise ` +
    `${level} confidence band (Greenwood variance, ${BAND_NAMES[band]} transformation). ` +
    `Dashed lines: median overall survival, ${medianText(fit, options)}; the interval is the ` +
    `${CI_METHOD_NAMES[options.headlineCi]}${negativeAsZero}. Below the axis: number of ` +
    `patients still at risk (alive and followed) at each tick. ` +
    `Months = days / ${options.daysPerMonth}.`;
  const description = `Kaplan–Meier curve of overall survival; numbers at risk at ` +
    `${ticks.join(", ")} months: ${rows[0]!.counts.map((c) => c.nRisk).join(", ")}.`;
  return {
    file: "overall-survival.svg",
    title,
    caption,
    svg: composeFigure(document, { title, description, panels: [legend, plot] }),
  };
}
