/**
 * Observable Plot on the server: a jsdom document to draw in, the house settings of every plot
 * (size, font), and the composition of a titled figure from one or more plots into one standalone
 * SVG file.
 *
 * Decisions:
 * - Size: figures are drawn 680 px wide for a double journal column (175 mm), so the 12 px text
 *   prints at about 8.8 pt, above the 6–7 pt minimum journals ask for.
 * - Serialisation: XMLSerializer, not `outerHTML`, so the file is XML (it carries its `xmlns`,
 *   and text is escaped as XML, not HTML: no `&nbsp;`).
 * - Ids: Plot's generated ids are renumbered per figure (see `_ids.ts`).
 *
 * @module
 */

import * as Plot from "@observablehq/plot";
// @ts-types="@types/jsdom"
import { JSDOM } from "jsdom";
import { renumberPlotIds } from "./ids.ts";

/** Width of every figure, in pixels (CSS px). */
export const FIGURE_WIDTH = 680;
/** Font size of labels and ticks, in pixels. */
export const FONT_SIZE = 12;
/** Font stack: Arial or Helvetica where installed, DejaVu Sans on a bare Linux machine. */
export const FONT_FAMILY = "Arial, Helvetica, 'DejaVu Sans', sans-serif";

const SVG_NS = "http://www.w3.org/2000/svg";
const TITLE_SIZE = 14;
const TITLE_HEIGHT = 26;

/** A fresh DOM document for one figure. */
export function createDocument(): Document {
  return new JSDOM("").window.document;
}

/** Draws a plot in `document` with the house size and font; throws unless Plot returns an SVG. */
export function drawPlot(document: Document, options: Plot.PlotOptions): SVGSVGElement {
  const node = Plot.plot({
    width: FIGURE_WIDTH,
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

/**
 * One standalone SVG: a white background, the title in bold, then `panels` stacked top to bottom
 * (each keeps its own coordinates), with Plot's ids renumbered.
 */
export function composeFigure(
  document: Document,
  figure: { title: string; description: string; panels: SVGSVGElement[] },
): string {
  const heights = figure.panels.map((panel) => Number(panel.getAttribute("height")));
  const height = TITLE_HEIGHT + heights.reduce((sum, h) => sum + h, 0);
  const root = element(document, "svg", {
    width: FIGURE_WIDTH,
    height,
    viewBox: `0 0 ${FIGURE_WIDTH} ${height}`,
    "font-family": FONT_FAMILY,
    "font-size": FONT_SIZE,
  });
  root.append(
    element(document, "title", {}, figure.title),
    element(document, "desc", {}, figure.description),
    element(document, "rect", { width: FIGURE_WIDTH, height, fill: "white" }),
    element(document, "text", {
      x: 8,
      y: 18,
      "font-size": TITLE_SIZE,
      "font-weight": "bold",
      fill: "black",
    }, figure.title),
  );
  let top = TITLE_HEIGHT;
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
