/**
 * The number-at-risk table under a Kaplan–Meier plot (the layout of survminer and KMunicate): one
 * row per curve, one column at each x-axis tick, drawn with the plot's own x scale so that every
 * number sits exactly under its tick.
 *
 * The numbers at risk are the statistics stage's (`survival-curves.json`, R's
 * `summary(fit, times = t)$n.risk` at each tick); this module only lays them out.
 *
 * @module
 */

import * as Plot from "@observablehq/plot";
import { FONT_SIZE } from "../_common/document.ts";
import { textWidth } from "../_common/text_width.ts";

/** One row of the table: a curve's label, colour and counts at each tick. */
export interface RiskRow {
  label: string;
  colour: string;
  counts: { months: number; nRisk: number }[];
}

/** Vertical layout of the table below the plot frame, in pixels. */
export const RISK_LAYOUT = {
  /** From the frame's bottom to the table's heading (leaves room for ticks and axis label). */
  headingOffset: 58,
  rowHeight: 17,
} as const;

/** From the frame's left edge to a row's key: clear of half a three-digit count centred there. */
const KEY_END = 17;
const KEY_LENGTH = 16;
/** From the frame's left edge to the end of a row's label. */
export const LABEL_GAP = KEY_END + KEY_LENGTH + 5;

/** A line drawn as a dot symbol, centred on the dot: the key of a curve. */
const LINE_SYMBOL = {
  draw(context: { moveTo(x: number, y: number): void; lineTo(x: number, y: number): void }) {
    context.moveTo(-KEY_LENGTH / 2, 0);
    context.lineTo(KEY_LENGTH / 2, 0);
  },
};

/** A left margin wide enough for the y axis and for the bold row labels of `rows`. */
export function riskMarginLeft(rows: readonly RiskRow[]): number {
  const widest = Math.max(0, ...rows.map((r) => textWidth(r.label, FONT_SIZE, true)));
  return Math.max(90, Math.ceil(widest) + LABEL_GAP + 8);
}

/** Height the table needs below the frame, in pixels. */
export function riskTableHeight(rows: number): number {
  return RISK_LAYOUT.headingOffset + (rows + 1) * RISK_LAYOUT.rowHeight;
}

/**
 * Plot marks drawing `rows` under the frame: the heading from the figure's left edge, row labels
 * right-aligned in the left margin (`marginLeft` wide) with a key in the curve's colour, counts
 * under the ticks. Text is black: some colour-blind-safe hues (yellow) are too faint for text.
 */
export function riskTableMarks(rows: readonly RiskRow[], marginLeft: number): Plot.Markish[] {
  const rowOffset = (i: number) => RISK_LAYOUT.headingOffset + (i + 1) * RISK_LAYOUT.rowHeight;
  if (rows.length === 0) return [];
  return [
    Plot.text(["Number at risk"], {
      frameAnchor: "bottom-left",
      textAnchor: "start",
      dx: 8 - marginLeft,
      dy: RISK_LAYOUT.headingOffset,
      fontWeight: "bold",
      ariaDescription: "number at risk heading",
    }),
    ...rows.flatMap((row, i) => [
      Plot.text([row.label], {
        frameAnchor: "bottom-left",
        textAnchor: "end",
        dx: -LABEL_GAP,
        dy: rowOffset(i),
        fill: "black",
        fontWeight: "bold",
        ariaDescription: "number at risk label",
      }),
      Plot.dot([row], {
        frameAnchor: "bottom-left",
        dx: -KEY_END - KEY_LENGTH / 2,
        // Text anchored at the frame's bottom sits on its baseline: centre the key on the digits.
        dy: rowOffset(i) - 0.35 * FONT_SIZE,
        symbol: LINE_SYMBOL,
        stroke: row.colour,
        strokeWidth: 2.5,
        ariaDescription: "number at risk key",
      }),
      Plot.text(row.counts, {
        x: "months",
        text: (d: { nRisk: number }) => String(d.nRisk),
        frameAnchor: "bottom",
        dy: rowOffset(i),
        fill: "black",
        fontSize: FONT_SIZE,
        fontVariant: "tabular-nums",
        ariaDescription: "number at risk",
      }),
    ]),
  ];
}
