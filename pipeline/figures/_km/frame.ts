/**
 * The frame shared by the Kaplan–Meier figures: months on x at the risk table's ticks, survival
 * in percent on y, and room below the axis for the number-at-risk table.
 *
 * @module
 */

import type * as Plot from "@observablehq/plot";
import { type RiskRow, riskTableHeight } from "./risk_table.ts";

const MARGIN_TOP = 24;

/** Plot options of a Kaplan–Meier frame `width` pixels wide; the caller adds the marks. */
export function kaplanMeierFrame(frame: {
  width: number;
  rows: readonly RiskRow[];
  marginLeft: number;
  ticks: readonly number[];
  frameHeight: number;
  xLabel: string;
  yLabel: string;
}): Plot.PlotOptions & { width: number } {
  const tableHeight = riskTableHeight(frame.rows.length);
  return {
    width: frame.width,
    height: MARGIN_TOP + frame.frameHeight + tableHeight,
    marginTop: MARGIN_TOP,
    marginLeft: frame.marginLeft,
    marginRight: 16,
    marginBottom: tableHeight,
    x: {
      domain: [0, frame.ticks.at(-1)!],
      ticks: [...frame.ticks],
      tickFormat: "d",
      label: frame.xLabel,
      labelAnchor: "center",
      labelArrow: "none",
      labelOffset: 36,
    },
    y: {
      domain: [0, 100],
      percent: true,
      grid: true,
      label: frame.yLabel,
      labelArrow: "none",
    },
  };
}
