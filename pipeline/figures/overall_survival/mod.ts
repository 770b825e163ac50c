/**
 * Figure 1: overall survival, Kaplan–Meier, with censor marks, the pointwise confidence band, the
 * median marked by a dashed drop line, the median's confidence interval as a bar at 50%, and the
 * number at risk under each tick. Printed in a single column (85 mm). The curve, band and numbers
 * at risk are the statistics stage's (`survival-curves.json`); the median and its interval are
 * read from `stats.json`.
 *
 * Decisions: the band and the median's interval answer different questions and may come from
 * different methods, so each has its own mark and its own legend entry, both naming their method.
 * The band is R's survfit band by the plan's headline method when that is a band method (log,
 * log-log, plain), and then the bar spans exactly where the band crosses 50%; the SPSS-style
 * headline has no band of its own, so R's default (log) band is drawn and the caption says that
 * the bar need not match the band. Curve and annotations are black and grey: blue, orange and
 * the other hues mean regimens (`palette.ts`).
 *
 * @module
 */

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
import * as Plot from "@observablehq/plot";
import { composeFigure, createDocument, drawPlot } from "../_common/document.ts";
import type { DrawnFigure } from "../_common/figure.ts";
import { drawLegend, type LegendItem } from "../_common/legend.ts";
import { NEUTRAL } from "../_common/palette.ts";
import { printSize } from "../_common/print_size.ts";
import { kaplanMeierFrame } from "../_km/frame.ts";
import { bandMark, curveMarks, medianMarks } from "../_km/marks.ts";
import { drawnCurve, thinnedSentence } from "../_km/drawn_curve.ts";
import { medianCaption, medianRuleSentence } from "../_km/median_caption.ts";
import { medianInterval, medianIntervalMarks } from "../_km/median_interval.ts";
import { riskMarginLeft, type RiskRow, riskTableMarks } from "../_km/risk_table.ts";

const SIZE = printSize("single");
const FRAME_HEIGHT = 220;

/** The band's transformation in a legend's few words. */
const BAND_SHORT: Readonly<Record<CurveSet["bandMethod"], string>> = {
  log: "log",
  loglog: "log-log",
  plain: "plain",
};

/** What the bar of the median's interval shows, and how it relates to the band. */
function intervalWords(
  numbers: NumberSource,
  interval: ReturnType<typeof medianInterval>,
): string {
  const { plan } = numbers;
  if (interval === null) return "Its confidence interval is not estimable, so no bar is drawn.";
  const level = levelText(plan.confidenceLevel);
  const ci = numbers.value(`os.ci.${plan.headlineCi}`) as [number | null, number | null];
  const clipped = [
    ...(ci[0] !== null && ci[0] < 0 ? ["a negative lower limit drawn at 0"] : []),
    ...(ci[1] === null ? ["an upper limit that is not estimable leaves the bar open"] : []),
  ];
  const band = plan.headlineCi === "spss"
    ? "The band and the bar are different methods (the SPSS-style interval has no band), so the bar need not span where the band crosses 50%."
    : "The bar spans the times at which the band crosses 50%: the median's interval is read from the band.";
  return `Bar at 50% with end caps: the median's ${level} confidence interval, ${
    CI_METHOD_WORDS[plan.headlineCi].long
  }${clipped.map((c) => `, ${c}`).join("")}. ${band}`;
}

/** Draws figure 1 from the OS curve set and the OS summary in stats.json. */
export function drawOverallSurvival(set: CurveSet, numbers: NumberSource): DrawnFigure {
  const fitted = set.curves[0];
  if (fitted === undefined) throw new RangeError("Expected the overall survival curve");
  const { curve, thinned } = drawnCurve(fitted, set.ticks.at(-1)!);
  const { plan } = numbers;
  const origin = osOriginWords(plan);
  const rows: RiskRow[] = [{ label: "", colour: null, counts: curve.atRisk }];
  const marginLeft = riskMarginLeft(rows, 40);
  const median = numbers.value("os.median") as number | null;
  const interval = medianInterval(numbers, "os", set.ticks.at(-1)!);
  const level = levelText(plan.confidenceLevel);
  const method = CI_METHOD_WORDS[plan.headlineCi];
  const document = createDocument();
  const plot = drawPlot(document, {
    ...kaplanMeierFrame({
      width: SIZE.width,
      rows,
      marginLeft,
      ticks: set.ticks,
      frameHeight: FRAME_HEIGHT,
      xLabel: origin.axis,
      yLabel: "Overall survival (%)",
    }),
    marks: [
      bandMark(curve),
      ...(median === null ? [] : [
        ...medianMarks(median, { across: false }),
        Plot.text([`Median ${numbers.ref("os.median", "decimal1").text} months`], {
          x: median,
          y: 0,
          dx: 5,
          dy: -8,
          textAnchor: "start",
          fill: "black",
          ariaDescription: "median label",
        }),
      ]),
      ...curveMarks(curve, NEUTRAL.curve, "all patients"),
      ...(interval === null ? [] : medianIntervalMarks(interval, NEUTRAL.median)),
      ...riskTableMarks(rows, marginLeft),
    ],
  });
  const items: LegendItem[] = [
    { key: { kind: "line", colour: NEUTRAL.curve }, label: "Kaplan–Meier estimate" },
    {
      key: { kind: "symbol", symbol: "plus", stroke: NEUTRAL.curve, fill: "none" },
      label: "Censored",
    },
    {
      key: { kind: "swatch", colour: NEUTRAL.band, opacity: NEUTRAL.bandOpacity },
      label: `${level} pointwise confidence band (${BAND_SHORT[set.bandMethod]})`,
    },
    ...(median === null ? [] : [
      { key: { kind: "line", colour: NEUTRAL.median, dash: "4,3", width: 1.2 }, label: "Median" },
    ] as LegendItem[]),
    ...(interval === null ? [] : [
      {
        key: { kind: "interval", colour: NEUTRAL.median },
        label: `${level} CI of the median (${method.short})`,
      },
    ] as LegendItem[]),
  ];
  const legend = drawLegend(document, items, { left: 8, width: SIZE.width });
  const title = origin.title;
  const caption = prose`Kaplan–Meier estimate of overall survival of all ${
    numbers.ref("os.n", "integer")
  } patients (${
    numbers.ref("os.events", "integer")
  } deaths), from ${origin.event} to death from any cause; patients alive were censored at last contact (+). Shaded: pointwise ${level} confidence band of the survival curve (Greenwood variance, ${
    BAND_WORDS[set.bandMethod]
  }). ${
    median === null
      ? "The median overall survival was not reached."
      : prose`Dashed line: median overall survival, ${medianCaption(numbers, "os")}. ${
        intervalWords(numbers, interval)
      }`
  } Below the axis: number of patients still at risk (alive and followed) at each tick. ${
    medianRuleSentence(numbers)
  } ${monthsWords(plan)}${thinnedSentence(thinned)}`;
  const alt = `Kaplan–Meier curve of overall survival; numbers at risk at ` +
    `${set.ticks.join(", ")} months: ${curve.atRisk.map((c) => c.nRisk).join(", ")}.`;
  return {
    file: "overall-survival.svg",
    title,
    caption,
    alt,
    widthMm: SIZE.widthMm,
    svg: composeFigure(document, { title, description: alt, size: SIZE, panels: [legend, plot] }),
  };
}
