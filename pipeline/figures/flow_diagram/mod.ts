/**
 * Figure 6: the flow of patient records (CONSORT style): records screened, per site; records merged
 * into another (duplicates, referrals); patients assessed; patients excluded, with reasons;
 * patients included; and the patients and lines analysed for each endpoint. Drawn with Plot on
 * pixel scales (identity x and y) from the layout in `layout.ts`, across a double column (175 mm).
 *
 * @module
 */

import * as Plot from "@observablehq/plot";
import { composeFigure, createDocument, drawPlot } from "../_common/document.ts";
import type { DrawnFigure } from "../_common/figure.ts";
import { prose } from "../../_shared/prose/inline.ts";
import type { NumberSource } from "../../_shared/prose/numbers.ts";
import { printSize } from "../_common/print_size.ts";
import { flowCounts } from "./counts.ts";
import { type Box, layoutFlow } from "./layout.ts";

const SIZE = printSize("double");
const SEGMENT = { x1: "x1", y1: "y1", x2: "x2", y2: "y2", stroke: "black", strokeWidth: 1.2 };

/** Draws figure 6 from the flow counts in stats.json. */
export function drawFlowDiagram(numbers: NumberSource): DrawnFigure {
  const flow = flowCounts(numbers.stats);
  const layout = layoutFlow(flow, SIZE.width);
  const document = createDocument();
  const plot = drawPlot(document, {
    width: SIZE.width,
    height: layout.height,
    margin: 0,
    x: { type: "identity", axis: null },
    y: { type: "identity", axis: null },
    marks: [
      Plot.rect(layout.boxes, {
        x1: (b: Box) => b.x,
        x2: (b: Box) => b.x + b.width,
        y1: (b: Box) => b.y,
        y2: (b: Box) => b.y + b.height,
        fill: "white",
        stroke: "black",
        rx: 3,
      }),
      Plot.link(layout.connectors, SEGMENT),
      Plot.arrow(layout.arrows, { ...SEGMENT, headLength: 7, ariaDescription: "arrows" }),
      ...[true, false].map((bold) =>
        Plot.text(layout.texts.filter((t) => t.bold === bold), {
          x: "x",
          y: "y",
          text: "text",
          textAnchor: "start",
          fill: "black",
          fontWeight: bold ? "bold" : "normal",
          ariaDescription: `flow text ${bold ? "bold" : "normal"}`,
        })
      ),
    ],
  });
  const f = (id: string) => numbers.ref(`flow.${id}`, "integer");
  const a = (id: string) => numbers.ref(`analysed.${id}`, "integer");
  const title = "Flow of patient records";
  const caption = prose`Flow of patient records through the analysis (CONSORT style). ${
    f("screened")
  } patient records from ${f("sites")} sites were screened; ${
    f("merged_total")
  } were merged into another record of the same patient (duplicate rows within a site's file; a patient reported by two sites counted once, under the site that gave the first line for advanced disease), leaving ${
    f("patients")
  } patients; ${f("excluded_total")} were excluded, each with its reason, and ${
    f("included")
  } were included. Every count comes from the data-quality reconciliation, which accounts for every raw row (data-quality.md). Analysed: overall survival for ${
    a("os_patients")
  } patients; progression-free survival for ${a("pfs_lines")} lines of ${
    a("pfs_patients")
  } patients; best overall response for all ${a("response_lines")} lines, ${
    numbers.ref("response.all_lines.no_data", "integer")
  } of them without response data (counted as NE).`;
  const alt = `Flow diagram: screened ${flow.screened}, merged ${flow.mergedTotal}, ` +
    `excluded ${flow.excludedTotal}, included ${flow.included}.`;
  return {
    file: "flow-diagram.svg",
    title,
    caption,
    alt,
    widthMm: SIZE.widthMm,
    svg: composeFigure(document, { title, description: alt, size: SIZE, panels: [plot] }),
  };
}
