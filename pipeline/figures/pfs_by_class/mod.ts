/**
 * Figure 2: progression-free survival by regimen class, Kaplan–Meier, one curve per class with at
 * least `minimumClassSize` treated lines (the analysis plan's `minimumClassSizeForFigures`), with
 * censor marks and the number of lines at risk under each tick.
 *
 * Decisions: the unit is the line of therapy, as in the publication's per-regimen PFS, so a patient
 * treated twice with one class contributes two lines to its curve (the caption says so). No
 * confidence bands: overlapping bands of up to eight curves would hide the curves; each median's CI
 * is in the caption. At most eight classes (the palette's size), the largest first.
 *
 * @module
 */

import * as Plot from "@observablehq/plot";
import type { CurveSet } from "../../_shared/contracts/curves.ts";
import { CI_METHOD_WORDS, monthsWords } from "../../_shared/plan_words.ts";
import { joinProse, prose } from "../../_shared/prose/inline.ts";
import type { NumberSource } from "../../_shared/prose/numbers.ts";
import { composeFigure, createDocument, drawPlot } from "../_common/document.ts";
import type { DrawnFigure } from "../_common/figure.ts";
import { drawLegend } from "../_common/legend.ts";
import { groupColours, OKABE_ITO } from "../_common/palette.ts";
import { kaplanMeierFrame } from "../_km/frame.ts";
import { curveMarks } from "../_km/marks.ts";
import { medianCaption, medianRuleSentence } from "../_km/median_caption.ts";
import { riskMarginLeft, type RiskRow, riskTableMarks } from "../_km/risk_table.ts";

const FRAME_HEIGHT = 260;

/** Draws figure 2 from the PFS curves by regimen class (at most eight, the largest first). */
export function drawPfsByClass(
  set: CurveSet,
  classLabels: Readonly<Record<string, string>>,
  numbers: NumberSource,
): DrawnFigure {
  const { plan } = numbers;
  const minimum = numbers.ref("settings.minimum_class_size_for_figures", "integer");
  const drawn = set.curves.slice(0, OKABE_ITO.length);
  const colours = groupColours(drawn.length);
  const curves = drawn.map((curve, i) => ({
    curve,
    label: classLabels[curve.key] ?? curve.key,
    colour: colours[i]!,
  }));
  const rows: RiskRow[] = curves.map((c) => ({
    label: c.label,
    colour: c.colour,
    counts: c.curve.atRisk,
  }));
  const marginLeft = riskMarginLeft(rows);
  const none = `No regimen class has at least ${minimum.text} lines`;
  const document = createDocument();
  const plot = drawPlot(document, {
    ...kaplanMeierFrame({
      rows,
      marginLeft,
      ticks: set.ticks,
      frameHeight: FRAME_HEIGHT,
      xLabel: "Months since the start of the line",
      yLabel: "Progression-free survival (%)",
    }),
    marks: [
      ...curves.flatMap((c) => curveMarks(c.curve, c.colour, c.curve.key)),
      ...riskTableMarks(rows, marginLeft),
      ...(curves.length === 0 ? [Plot.text([none], { frameAnchor: "middle", fill: "black" })] : []),
    ],
  });
  const legend = drawLegend(document, [
    ...curves.map((c) => ({
      key: { kind: "line" as const, colour: c.colour },
      label: `${c.label} (${numbers.ref(`${c.curve.statsId}.n`, "integer").text} lines)`,
    })),
    { key: { kind: "symbol", symbol: "plus", stroke: "black", fill: "none" }, label: "Censored" },
  ], 8);
  const title = "Progression-free survival by regimen class";
  const medians = curves.map((c) =>
    prose`${c.label}, ${numbers.ref(`${c.curve.statsId}.n`, "integer")} lines, ${
      numbers.ref(`${c.curve.statsId}.events`, "integer")
    } events, median ${medianCaption(numbers, c.curve.statsId)}`
  );
  const omitted = set.curves.length - drawn.length;
  const caption = curves.length === 0
    ? prose`${none}, so no curve is drawn.`
    : prose`Kaplan–Meier estimates of progression-free survival of each line of systemic therapy for advanced disease, from the start of the line to progression or death, by regimen class; classes with at least ${minimum} lines are shown.${
      omitted > 0
        ? ` ${omitted} further classes with enough lines are not drawn (eight at most).`
        : ""
    } The unit is the line, so a patient may contribute more than one line to a curve. +: censored. Below the axis: number of lines at risk at each tick. Medians: ${
      joinProse(medians, "; ")
    } (CI: ${CI_METHOD_WORDS[plan.headlineCi].short}). ${medianRuleSentence(numbers)} ${
      monthsWords(plan)
    }`;
  const alt = `Kaplan–Meier curves of progression-free survival for ` +
    `${curves.map((c) => c.label).join(", ")}.`;
  return {
    file: "pfs-by-regimen-class.svg",
    title,
    caption,
    alt,
    svg: composeFigure(document, { title, description: alt, panels: [legend, plot] }),
  };
}
