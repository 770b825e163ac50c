/**
 * A legend drawn as its own Plot panel (Plot's own legends are HTML, which a standalone SVG file
 * cannot hold): keys and labels laid out left to right from `left`, wrapping onto a new row when
 * the next item would pass the figure's right edge (widths estimated, see `text_width.ts`).
 *
 * @module
 */

import * as Plot from "@observablehq/plot";
import { drawPlot, FONT_SIZE } from "./document.ts";
import { textWidth } from "./text_width.ts";

/** What an item's key shows. */
export type LegendKey =
  | { kind: "swatch"; colour: string; opacity?: number; stroke?: string }
  | { kind: "line"; colour: string; dash?: string; width?: number }
  | { kind: "symbol"; symbol: string; stroke: string; fill: string; rotate?: number }
  /** A horizontal interval with end caps (a confidence interval drawn as a segment). */
  | { kind: "interval"; colour: string };

/** One legend entry. */
export interface LegendItem {
  key: LegendKey;
  label: string;
}

/** Where the legend goes: its first key at `left`, rows wrapping before `width` − 8 pixels. */
export interface LegendPlace {
  left: number;
  width: number;
}

const KEY_WIDTH = 18;
const KEY_GAP = 5;
const ITEM_GAP = 16;
const ROW_HEIGHT = 18;
const CAP = 4;

interface Placed extends LegendItem {
  x: number;
  y: number;
}

/** Positions of `items`; returns the items and the rows used. */
export function layoutLegend(
  items: readonly LegendItem[],
  place: LegendPlace,
): { placed: Placed[]; rows: number } {
  const { left } = place;
  const right = place.width - 8;
  const placed: Placed[] = [];
  let x = left;
  let row = 0;
  for (const item of items) {
    const width = KEY_WIDTH + KEY_GAP + textWidth(item.label, FONT_SIZE);
    if (x > left && x + width > right) {
      row += 1;
      x = left;
    }
    placed.push({ ...item, x, y: row * ROW_HEIGHT + ROW_HEIGHT / 2 });
    x += width + ITEM_GAP;
  }
  return { placed, rows: items.length === 0 ? 0 : row + 1 };
}

/** The legend panel for `items`, `place.width` pixels wide. */
export function drawLegend(
  document: Document,
  items: readonly LegendItem[],
  place: LegendPlace,
): SVGSVGElement {
  const { placed, rows } = layoutLegend(items, place);
  const height = rows * ROW_HEIGHT + 6;
  const of = <K extends LegendKey["kind"]>(kind: K) =>
    placed.filter((p) =>
      p.key.kind === kind
    ) as (Placed & { key: Extract<LegendKey, { kind: K }> })[];
  return drawPlot(document, {
    width: place.width,
    height,
    margin: 0,
    x: { type: "identity", axis: null },
    y: { type: "identity", axis: null },
    marks: [
      // One mark per key, with constant colours: no colour or opacity scale is involved.
      ...of("swatch").map((d) =>
        Plot.rect([d], {
          x1: d.x,
          x2: d.x + KEY_WIDTH,
          y1: d.y - 6,
          y2: d.y + 6,
          fill: d.key.colour,
          fillOpacity: d.key.opacity ?? 1,
          stroke: d.key.stroke ?? "none",
          strokeWidth: 1,
          inset: d.key.stroke === undefined ? 0 : 0.5,
        })
      ),
      ...of("line").map((d) =>
        Plot.ruleY([d.y], {
          x1: d.x,
          x2: d.x + KEY_WIDTH,
          stroke: d.key.colour,
          strokeWidth: d.key.width ?? 2,
          strokeDasharray: d.key.dash,
        })
      ),
      ...of("interval").flatMap((d) => [
        Plot.ruleY([d.y], { x1: d.x, x2: d.x + KEY_WIDTH, stroke: d.key.colour, strokeWidth: 2 }),
        Plot.ruleX([d.x, d.x + KEY_WIDTH], {
          y1: d.y - CAP,
          y2: d.y + CAP,
          stroke: d.key.colour,
          strokeWidth: 2,
        }),
      ]),
      ...of("symbol").map((d) =>
        Plot.dot([d], {
          x: d.x + KEY_WIDTH / 2,
          y: d.y,
          symbol: d.key.symbol,
          stroke: d.key.stroke,
          fill: d.key.fill,
          rotate: d.key.rotate ?? 0,
          r: 4,
          strokeWidth: 1.5,
        })
      ),
      Plot.text(placed, {
        x: (d) => d.x + KEY_WIDTH + KEY_GAP,
        y: "y",
        text: "label",
        textAnchor: "start",
        fill: "black",
      }),
    ],
    ariaLabel: "legend",
  });
}
