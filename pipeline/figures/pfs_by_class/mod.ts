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
import { fitKaplanMeier, type SurvivalRecord } from "../../lib/survival/kaplan_meier.ts";
import { composeFigure, createDocument, drawPlot } from "../_common/document.ts";
import { type DrawnFigure, type SurvivalFigureOptions } from "../_common/figure.ts";
import { drawLegend } from "../_common/legend.ts";
import { kaplanMeierFrame } from "../_km/frame.ts";
import { CI_METHOD_NAMES, medianText } from "../_km/median_text.ts";
import { monthTicks } from "../_common/month_ticks.ts";
import { curveMarks } from "../_km/marks.ts";
import { compare, groupColours, OKABE_ITO } from "../_common/palette.ts";
import { numbersAtRisk, riskMarginLeft, type RiskRow, riskTableMarks } from "../_km/risk_table.ts";

/** The PFS record of one line and its regimen class. */
export interface ClassSurvivalRecord extends SurvivalRecord {
  regimenClass: string;
}

const FRAME_HEIGHT = 260;

/** The classes drawn: at least `minimum` lines, largest first (ties by code), at most eight. */
export function classesToDraw(
  records: readonly ClassSurvivalRecord[],
  minimum: number,
): { drawn: string[]; eligible: number } {
  const counts = new Map<string, number>();
  for (const r of records) counts.set(r.regimenClass, (counts.get(r.regimenClass) ?? 0) + 1);
  const eligible = [...counts].filter(([, n]) => n >= minimum)
    .sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))
    .map(([code]) => code);
  return { drawn: eligible.slice(0, OKABE_ITO.length), eligible: eligible.length };
}

/** Draws figure 2 from the PFS record of every line (times in days). */
export function drawPfsByClass(
  records: readonly ClassSurvivalRecord[],
  classLabels: Readonly<Record<string, string>>,
  options: SurvivalFigureOptions & { minimumClassSize: number },
): DrawnFigure {
  const { drawn, eligible } = classesToDraw(records, options.minimumClassSize);
  const none = `No regimen class has at least ${options.minimumClassSize} lines`;
  const colours = groupColours(drawn.length);
  const curves = drawn.map((code, i) => ({
    code,
    label: classLabels[code] ?? code,
    colour: colours[i]!,
    fit: fitKaplanMeier(records.filter((r) => r.regimenClass === code)),
  }));
  const longest = Math.max(0, ...curves.flatMap((c) => c.fit.steps.map((s) => s.time)));
  const ticks = monthTicks(longest / options.daysPerMonth);
  const rows: RiskRow[] = curves.map((c) => ({
    label: c.label,
    colour: c.colour,
    counts: numbersAtRisk(c.fit, ticks, options.daysPerMonth),
  }));
  const marginLeft = riskMarginLeft(rows);
  const document = createDocument();
  const plot = drawPlot(document, {
    ...kaplanMeierFrame({
      rows,
      marginLeft,
      ticks,
      frameHeight: FRAME_HEIGHT,
      xLabel: "Months since the start of the line",
      yLabel: "Progression-free survival (%)",
    }),
    marks: [
      ...curves.flatMap((c) => curveMarks(c.fit, c.colour, options.daysPerMonth, c.code)),
      ...riskTableMarks(rows, marginLeft),
      ...(curves.length === 0 ? [Plot.text([none], { frameAnchor: "middle", fill: "black" })] : []),
    ],
  });
  const legend = drawLegend(document, [
    ...curves.map((c) => ({
      key: { kind: "line" as const, colour: c.colour },
      label: `${c.label} (${c.fit.n} lines)`,
    })),
    { key: { kind: "symbol", symbol: "plus", stroke: "black", fill: "none" }, label: "Censored" },
  ], 8);
  const title = "Progression-free survival by regimen class";
  const medians = curves.map((c) =>
    `${c.label}, ${c.fit.n} lines, ${c.fit.events} events, median ${medianText(c.fit, options)}`
  );
  const omitted = eligible > drawn.length
    ? ` ${eligible - drawn.length} further classes with enough lines are not drawn (eight at most).`
    : "";
  const caption = curves.length === 0
    ? `${none}, so no curve is drawn.`
    : `Kaplan–Meier estimates of progression-free survival of each line of systemic ` +
      `therapy for advanced disease, from the start of the line to progression or death, by regimen ` +
      `class; classes with at least ${options.minimumClassSize} lines are shown.${omitted} ` +
      `The unit is the line, so a patient may contribute more than one line to a curve. ` +
      `+: censored. Below the axis: number of lines at risk at each tick. Medians: ` +
      `${medians.join("; ")} (CI: ${CI_METHOD_NAMES[options.headlineCi]}). ` +
      `Months = days / ${options.daysPerMonth}.`;
  const description = `Kaplan–Meier curves of progression-free survival for ` +
    `${curves.map((c) => c.label).join(", ")}.`;
  return {
    file: "pfs-by-regimen-class.svg",
    title,
    caption,
    svg: composeFigure(document, { title, description, panels: [legend, plot] }),
  };
}
