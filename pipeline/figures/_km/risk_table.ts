/**
 * The number-at-risk table under a Kaplan–Meier plot (the layout of survminer and KMunicate): one
 * row per curve, one column at each x-axis tick, drawn with the plot's own x scale so that every
 * number sits exactly under its tick.
 *
 * The numbers at risk are the statistics stage's (`survival-curves.json`, R's
 * `summary(fit, times = t)$n.risk` at each tick); this module only lays them out. A row's label
 * and key may be left out: a figure with one curve needs neither, and a small-multiple panel
 * labels its single row in its own words.
 *
 * @module
 */

import * as Plot from "@observablehq/plot";
import { FONT_SIZE } from "../_common/document.ts";
import { textWidth } from "../_common/text_width.ts";

/** One row of the table: a curve's label (or ""), its key colour (or null) and counts. */
export interface RiskRow {
  label: string;
  colour: string | null;
  counts: { months: number; nRisk: number }[];
}

/** Vertical layout of the table below the plot frame, in pixels. */
export interface RiskLayout {
  /** The heading above the rows ("Number at risk"), or null for none. */
  heading: string | null;
  /** From the frame's bottom to the heading's baseline (or the first row's, without heading). */
  offset: number;
}

/** The table under a full-size Kaplan–Meier frame: room for tick labels and the axis label. */
export const RISK_LAYOUT: RiskLayout = { heading: "Number at risk", offset: 58 };

const ROW_HEIGHT = 17;
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

/**
 * A left margin of at least `minimum` pixels (room for the y axis) that also holds the bold row
 * labels of `rows` and their keys.
 */
export function riskMarginLeft(rows: readonly RiskRow[], minimum = 90): number {
  const labelled = rows.filter((r) => r.label !== "");
  if (labelled.length === 0) return minimum;
  const widest = Math.max(...labelled.map((r) => textWidth(r.label, FONT_SIZE, true)));
  return Math.max(minimum, Math.ceil(widest) + LABEL_GAP + 8);
}

/** Height the table needs below the frame, in pixels. */
export function riskTableHeight(rows: number, layout: RiskLayout = RISK_LAYOUT): number {
  return layout.offset + (rows + (layout.heading === null ? 0 : 1)) * ROW_HEIGHT;
}

/**
 * Plot marks drawing `rows` under the frame: the heading from the figure's left edge, row labels
 * right-aligned in the left margin (`marginLeft` wide) with a key in the curve's colour, counts
 * under the ticks. Text is black: some colour-blind-safe hues (yellow) are too faint for text.
 */
export function riskTableMarks(
  rows: readonly RiskRow[],
  marginLeft: number,
  layout: RiskLayout = RISK_LAYOUT,
): Plot.Markish[] {
  const first = layout.heading === null ? 0 : 1;
  const rowOffset = (i: number) => layout.offset + (i + first) * ROW_HEIGHT;
  if (rows.length === 0) return [];
  return [
    ...(layout.heading === null ? [] : [
      Plot.text([layout.heading], {
        frameAnchor: "bottom-left",
        textAnchor: "start",
        dx: 8 - marginLeft,
        dy: layout.offset,
        fontWeight: "bold",
        ariaDescription: "number at risk heading",
      }),
    ]),
    ...rows.flatMap((row, i) => [
      ...(row.label === "" ? [] : [
        Plot.text([row.label], {
          frameAnchor: "bottom-left",
          textAnchor: "end",
          dx: row.colour === null ? -KEY_END : -LABEL_GAP,
          dy: rowOffset(i),
          fill: "black",
          fontWeight: "bold",
          ariaDescription: "number at risk label",
        }),
      ]),
      ...(row.colour === null ? [] : [
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
      ]),
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
