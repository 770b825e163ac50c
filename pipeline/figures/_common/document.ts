/**
 * Observable Plot on the server: a jsdom document to draw in, the house settings of every plot
 * (font), and the composition of a figure from one or more plots into one standalone SVG file.
 *
 * Decisions:
 * - Size: each figure is drawn at the pixel width of its print width (`print_size.ts`: 330 px for
 *   a single column of 85 mm, 680 px for a double column of 175 mm), so the 12 px text prints at
 *   8.8 pt in every figure, above the 7 pt minimum.
 * - Titles: none is drawn in the artwork. The title goes in the caption (`index.json`), as
 *   journals print it, and in the SVG's `<title>` element for screen readers.
 * - Serialisation: XMLSerializer, not `outerHTML`, so the file is XML (it carries its `xmlns`,
 *   and text is escaped as XML, not HTML: no `&nbsp;`).
 * - Ids: Plot's generated ids are renumbered per figure (see `ids.ts`).
 *
 * @module
 */

import * as Plot from "@observablehq/plot";
// @ts-types="@types/jsdom"
import { JSDOM } from "jsdom";
import { renumberPlotIds } from "./ids.ts";
import type { PrintSize } from "./print_size.ts";

/** Font size of labels and ticks, in pixels. */
export const FONT_SIZE = 12;
/** Font stack: Arial or Helvetica where installed, DejaVu Sans on a bare Linux machine. */
export const FONT_FAMILY = "Arial, Helvetica, 'DejaVu Sans', sans-serif";

const SVG_NS = "http://www.w3.org/2000/svg";
/** Blank space above the first panel, in pixels. */
const TOP_PADDING = 6;

/** A fresh DOM document for one figure. */
export function createDocument(): Document {
  return new JSDOM("").window.document;
}

/**
 * Draws a plot in `document` with the house font, `width` pixels wide (a figure's width, or a
 * panel's); throws unless Plot returns an SVG.
 */
export function drawPlot(
  document: Document,
  options: Plot.PlotOptions & { width: number },
): SVGSVGElement {
  const node = Plot.plot({
    ...options,
    document,
    style: { fontSize: `${FONT_SIZE}px`, fontFamily: FONT_FAMILY, overflow: "visible" },
  });
  if (node.tagName.toLowerCase() !== "svg") {
    throw new TypeError(
      `Expected Plot to return an <svg> but found <${node.tagName.toLowerCase()}>: ` +
        "give titles and legends to composeFigure, not to Plot",
    );
  }
  return node as unknown as SVGSVGElement;
}

/** `panels` side by side, left to right, as one panel as tall as the tallest. */
export function panelRow(document: Document, panels: readonly SVGSVGElement[]): SVGSVGElement {
  const width = panels.reduce((sum, p) => sum + Number(p.getAttribute("width")), 0);
  const height = Math.max(0, ...panels.map((p) => Number(p.getAttribute("height"))));
  const row = element(document, "svg", { width, height }) as SVGSVGElement;
  let left = 0;
  for (const panel of panels) {
    const group = element(document, "g", { transform: `translate(${left},0)` });
    group.append(panel);
    row.append(group);
    left += Number(panel.getAttribute("width"));
  }
  return row;
}

/**
 * One standalone SVG `size.width` pixels wide: the title and description for screen readers, a
 * white background, then `panels` stacked top to bottom (each keeps its own coordinates), with
 * Plot's ids renumbered.
 */
export function composeFigure(
  document: Document,
  figure: {
    title: string;
    description: string;
    size: PrintSize;
    panels: SVGSVGElement[];
    /** Definitions the panels refer to (patterns), placed once at the top of the file. */
    defs?: SVGElement[];
  },
): string {
  const { width } = figure.size;
  const heights = figure.panels.map((panel) => Number(panel.getAttribute("height")));
  const height = TOP_PADDING + heights.reduce((sum, h) => sum + h, 0);
  const root = element(document, "svg", {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    "font-family": FONT_FAMILY,
    "font-size": FONT_SIZE,
  });
  root.append(
    element(document, "title", {}, figure.title),
    element(document, "desc", {}, figure.description),
  );
  if (figure.defs !== undefined && figure.defs.length > 0) {
    const defs = element(document, "defs", {});
    defs.append(...figure.defs);
    root.append(defs);
  }
  root.append(element(document, "rect", { width, height, fill: "white" }));
  let top = TOP_PADDING;
  figure.panels.forEach((panel, i) => {
    const group = element(document, "g", { transform: `translate(0,${top})` });
    group.append(panel);
    root.append(group);
    top += heights[i]!;
  });
  const view = document.defaultView;
  if (view === null) throw new TypeError("Expected a document with a window (from jsdom)");
  return renumberPlotIds(new view.XMLSerializer().serializeToString(root)) + "\n";
}

function element(
  document: Document,
  name: string,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElement {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}
