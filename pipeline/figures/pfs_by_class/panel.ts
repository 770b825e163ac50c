/**
 * One small multiple of figure 2: a regimen class's Kaplan–Meier curve of PFS in black over the
 * PFS of every line in light grey, its median as dashed drop lines, its name, lines and events
 * and median above the frame, and its lines at risk in a row under the frame's ticks. Every panel
 * of the figure has the same size and scales, so the panels compare at a glance.
 *
 * @module
 */

import * as Plot from "@observablehq/plot";
import type { SurvivalCurve } from "../../_shared/contracts/curves.ts";
import type { NumberSource } from "../../_shared/prose/numbers.ts";
import { drawPlot, FONT_SIZE } from "../_common/document.ts";
import { NEUTRAL } from "../_common/palette.ts";
import { wrapText } from "../_common/text_width.ts";
import { curveMarks, medianMarks, referenceMarks } from "../_km/marks.ts";
import { type RiskLayout, riskTableHeight, riskTableMarks } from "../_km/risk_table.ts";

/** Panel geometry, in pixels. */
export const PANEL = {
  marginLeft: 60,
  marginRight: 12,
  frameHeight: 100,
  lineHeight: 15,
} as const;

/** The row of lines at risk, right under the tick labels. */
const RISK: RiskLayout = { heading: null, offset: 34 };

/** The heading lines of a panel: the class's name (wrapped to the panel) in bold. */
export function panelNameLines(label: string, width: number): string[] {
  return wrapText(label, FONT_SIZE, width - 8, true);
}

/** The panel of `curve` (its class's name `label`), `width` pixels wide. */
export function drawPanel(document: Document, panel: {
  curve: SurvivalCurve;
  reference: SurvivalCurve | null;
  label: string;
  nameLines: number;
  ticks: readonly number[];
  width: number;
  numbers: NumberSource;
}): SVGSVGElement {
  const { curve, numbers } = panel;
  const id = curve.statsId;
  const name = panelNameLines(panel.label, panel.width);
  const headerLines = [
    `${numbers.ref(`${id}.n`, "integer").text} lines, ${
      numbers.ref(`${id}.events`, "integer").text
    } events`,
    medianLine(numbers, id),
  ];
  const marginTop = (panel.nameLines + headerLines.length) * PANEL.lineHeight + 16;
  const median = numbers.value(`${id}.reported`) === true
    ? numbers.value(`${id}.median`) as number | null
    : null;
  // Header lines from the panel's top, clear of the y axis's top tick label.
  const headerY = (i: number) => -marginTop + 2 + (i + 0.5) * PANEL.lineHeight;
  return drawPlot(document, {
    width: panel.width,
    height: marginTop + PANEL.frameHeight + riskTableHeight(1, RISK),
    marginTop,
    marginLeft: PANEL.marginLeft,
    marginRight: PANEL.marginRight,
    marginBottom: riskTableHeight(1, RISK),
    x: {
      domain: [0, panel.ticks.at(-1)!],
      ticks: [...panel.ticks],
      tickFormat: "d",
      label: null,
    },
    y: {
      domain: [0, 100],
      percent: true,
      ticks: [0, 25, 50, 75, 100],
      tickFormat: (v: number) => v % 50 === 0 ? String(v) : "",
      grid: true,
      label: "PFS (%)",
      labelAnchor: "center",
      labelArrow: "none",
    },
    marks: [
      ...[...name, ...headerLines].map((text, i) =>
        Plot.text([text], {
          frameAnchor: "top-left",
          textAnchor: "start",
          dx: -PANEL.marginLeft + 6,
          dy: headerY(i < name.length ? i : panel.nameLines + i - name.length),
          fill: "black",
          fontWeight: i < name.length ? "bold" : "normal",
          ariaDescription: i < name.length ? "panel name" : "panel numbers",
        })
      ),
      ...(panel.reference === null ? [] : [referenceMarks(panel.reference, NEUTRAL.reference)]),
      ...(median === null ? [] : medianMarks(median, { across: true })),
      ...curveMarks(curve, NEUTRAL.curve, curve.key, { censorSize: 3 }),
      ...riskTableMarks([{ label: "At risk", colour: null, counts: curve.atRisk }], 0, RISK),
    ],
    ariaLabel: `panel ${curve.key}`,
  });
}

/** "Median 4.4 months", "Median not reached", or why no median is shown. */
function medianLine(numbers: NumberSource, id: string): string {
  if (numbers.value(`${id}.reported`) !== true) {
    const minimum = numbers.ref("settings.minimum_group_size_for_estimates", "integer").text;
    return `No median (fewer than ${minimum} lines)`;
  }
  if (numbers.value(`${id}.median`) === null) return "Median not reached";
  return `Median ${numbers.ref(`${id}.median`, "decimal1").text} months`;
}
