/**
 * Figure 2: progression-free survival by regimen class, as small multiples: one panel per class
 * with at least `minimumClassSize` treated lines (the analysis plan's
 * `minimumClassSizeForFigures`), largest first, three to a row, each with its Kaplan–Meier curve
 * over the PFS of every line in grey, its dashed median, its lines, events and median, and its
 * lines at risk under the panel (`panel.ts`). Printed across a double column (175 mm).
 *
 * Decisions: small multiples rather than one frame of overlaid curves: eight crossing curves and
 * a long risk table were unreadable, and a panel per class needs no colour per class (colours
 * mean regimens and responses elsewhere, `palette.ts`). Every panel shares the time axis and its
 * ticks (`survival-curves.json`, at most six intervals so a panel's numbers at risk do not touch).
 * The unit is the line of therapy, as in the publication's per-regimen PFS, so a patient treated
 * twice with one class contributes two lines to its curve (the caption says so). No confidence
 * bands; each median's CI is in the caption.
 *
 * @module
 */

import * as Plot from "@observablehq/plot";
import type { CurveSet } from "../../_shared/contracts/curves.ts";
import { CI_METHOD_WORDS, monthsWords } from "../../_shared/plan_words.ts";
import { joinProse, prose } from "../../_shared/prose/inline.ts";
import type { NumberSource } from "../../_shared/prose/numbers.ts";
import { composeFigure, createDocument, drawPlot, panelRow } from "../_common/document.ts";
import type { DrawnFigure } from "../_common/figure.ts";
import { drawLegend, type LegendItem } from "../_common/legend.ts";
import { NEUTRAL } from "../_common/palette.ts";
import { printSize } from "../_common/print_size.ts";
import { medianCaption, medianRuleSentence } from "../_km/median_caption.ts";
import { drawPanel, PANEL, panelNameLines } from "./panel.ts";
import { drawnCurve, thinnedSentence } from "../_km/drawn_curve.ts";

const SIZE = printSize("double");
const COLUMNS = 3;

/** Draws figure 2 from the PFS curves by regimen class and the all-lines reference curve. */
export function drawPfsByClass(
  set: CurveSet,
  classLabels: Readonly<Record<string, string>>,
  numbers: NumberSource,
): DrawnFigure {
  const { plan } = numbers;
  const minimum = numbers.ref("settings.minimum_class_size_for_figures", "integer");
  const panelWidth = Math.floor(SIZE.width / COLUMNS);
  const axisEnd = set.ticks.at(-1)!;
  const drawn = set.curves.map((curve) => drawnCurve(curve, axisEnd));
  const reference = set.reference === null ? null : drawnCurve(set.reference, axisEnd);
  const thinned = [...drawn, ...(reference === null ? [] : [reference])].some((d) => d.thinned);
  const curves = drawn.map(({ curve }) => ({
    curve,
    label: classLabels[curve.key] ?? curve.key,
  }));
  const nameLines = Math.max(1, ...curves.map((c) => panelNameLines(c.label, panelWidth).length));
  const none = `No regimen class has at least ${minimum.text} lines`;
  const document = createDocument();
  const panels = curves.map((c) =>
    drawPanel(document, {
      curve: c.curve,
      reference: reference?.curve ?? null,
      label: c.label,
      nameLines,
      ticks: set.ticks,
      width: panelWidth,
      numbers,
    })
  );
  const rows = Array.from(
    { length: Math.ceil(panels.length / COLUMNS) },
    (_, i) => panelRow(document, panels.slice(i * COLUMNS, (i + 1) * COLUMNS)),
  );
  const referenceLines = set.reference === null
    ? null
    : numbers.ref(`${set.reference.statsId}.n`, "integer");
  const items: LegendItem[] = [
    { key: { kind: "line", colour: NEUTRAL.curve }, label: "Lines of the class" },
    ...(referenceLines === null ? [] : [
      {
        key: { kind: "line", colour: NEUTRAL.reference },
        label: `All ${referenceLines.text} lines`,
      },
    ] as LegendItem[]),
    { key: { kind: "line", colour: NEUTRAL.median, dash: "4,3", width: 1.2 }, label: "Median" },
    {
      key: { kind: "symbol", symbol: "plus", stroke: NEUTRAL.curve, fill: "none" },
      label: "Censored",
    },
  ];
  const axisLabel = drawPlot(document, {
    width: SIZE.width,
    height: 22,
    margin: 0,
    x: { type: "identity", axis: null },
    y: { type: "identity", axis: null },
    marks: [
      Plot.text([curves.length === 0 ? none : "Months since the start of the line"], {
        x: curves.length === 0 ? SIZE.width / 2 : PANEL.marginLeft / 2 + SIZE.width / 2,
        y: 11,
        fill: "black",
        ariaDescription: "time axis label",
      }),
    ],
  });
  const title = "Progression-free survival by regimen class";
  const medians = curves.map((c) =>
    prose`${c.label}, ${numbers.ref(`${c.curve.statsId}.n`, "integer")} lines, ${
      numbers.ref(`${c.curve.statsId}.events`, "integer")
    } events, median ${medianCaption(numbers, c.curve.statsId)}`
  );
  const all = set.reference === null
    ? []
    : prose` Grey in every panel, for comparison: progression-free survival of all ${
      numbers.ref(`${set.reference.statsId}.n`, "integer")
    } lines, ${numbers.ref(`${set.reference.statsId}.events`, "integer")} events, median ${
      medianCaption(numbers, set.reference.statsId)
    }.`;
  const caption = curves.length === 0
    ? prose`${none}, so no curve is drawn.`
    : prose`Kaplan–Meier estimates of progression-free survival of each line of systemic therapy for advanced disease, from the start of the line to progression or death, one panel per regimen class with at least ${minimum} lines, largest first; every panel has the same axes.${all} The unit is the line, so a patient may contribute more than one line to a curve. +: censored. Dashed lines: the class's median. Under each panel: number of lines at risk at each tick. Medians: ${
      joinProse(medians, "; ")
    } (CI: ${CI_METHOD_WORDS[plan.headlineCi].short}). ${medianRuleSentence(numbers)} ${
      monthsWords(plan)
    }${thinnedSentence(thinned)}`;
  const alt = curves.length === 0
    ? `${none}.`
    : `Kaplan–Meier curves of progression-free survival, one panel each for ` +
      `${curves.map((c) => c.label).join(", ")}.`;
  return {
    file: "pfs-by-regimen-class.svg",
    title,
    caption,
    alt,
    widthMm: SIZE.widthMm,
    svg: composeFigure(document, {
      title,
      description: alt,
      size: SIZE,
      panels: [drawLegend(document, items, { left: 8, width: SIZE.width }), ...rows, axisLabel],
    }),
  };
}
