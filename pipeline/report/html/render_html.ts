/**
 * `outputs/report.html`: one self-contained page with the Results (text, tables, figures, methods
 * note), the reproduction certificate, the data-quality reconciliation and the run summary, and
 * the lineage of every printed number. Everything is inline (style, script, SVG figures, data):
 * the page makes no request, and its Content-Security-Policy forbids any (only its own script, by
 * hash, may run). Pure and deterministic: the same inputs give the same bytes.
 *
 * @module
 */

import { createHash } from "node:crypto";
import type { Block } from "../document/blocks.ts";
import type { QualityPart } from "../data_quality.ts";
import type { RunSummary } from "../run_summary.ts";
import { blocksHtml } from "./blocks_html.ts";
import { certificateHtml, type CertificateHtmlInput } from "./certificate_html.ts";
import { dataQualityHtml } from "./data_quality_html.ts";
import { escapeHtml } from "./escape.ts";
import { type LineageData, lineageJson } from "./lineage_data.ts";
import { createOutline, tocHtml } from "./outline.ts";
import { runSummaryHtml } from "./run_summary_html.ts";

/** The page's title. */
export const REPORT_TITLE = "Clear cell sarcoma: a reproducible re-analysis";

/** Everything the page shows. */
export interface HtmlReportInput {
  /** The publication re-analysed. */
  source: string;
  results: readonly Block[];
  /** Each figure's image as HTML, by file name (`figure_image.ts`). */
  figureImages: Readonly<Record<string, string>>;
  certificate: CertificateHtmlInput;
  quality: readonly QualityPart[];
  summary: RunSummary;
  lineage: LineageData;
  /** The page's stylesheet and script (`page.css`, `page.js`). */
  assets: { style: string; script: string };
}

/** The page, ending in one newline. */
export function renderHtmlReport(input: HtmlReportInput): string {
  // The parts first: the table of contents lists the anchors they hand out.
  const outline = createOutline();
  // A part's heading takes its anchor before the headings inside it, so the contents nest.
  const part = (title: string, anchor: string, body: () => string) => {
    const id = outline.anchor(1, title, anchor);
    return `<section class="part">\n<h2 id="${id}">${
      escapeHtml(title)
    }</h2>\n${body()}\n</section>`;
  };
  const parts = [
    `<section class="part">\n${
      blocksHtml(input.results, {
        outline,
        figureImages: input.figureImages,
        headingOffset: 1,
      })
    }\n</section>`,
    part(
      "Reproduction certificate",
      "certificate",
      () => certificateHtml(input.certificate, outline),
    ),
    part("Data quality", "data-quality", () => dataQualityHtml(input.quality, outline)),
    part("Run summary", "run-summary", () => runSummaryHtml(input.summary, outline)),
  ];
  const script = input.assets.script.trimEnd();
  const policy = [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    "img-src data:",
    `script-src 'sha256-${createHash("sha256").update(script).digest("base64")}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    `<title>${escapeHtml(REPORT_TITLE)}</title>`,
    `<style>\n${input.assets.style.trimEnd()}\n</style>`,
    "</head>",
    "<body>",
    '<a class="skip" href="#main">Skip to the report</a>',
    '<header class="title-block">',
    `<h1 id="top">${escapeHtml(REPORT_TITLE)}</h1>`,
    `<p class="source">Re-analysis of: ${escapeHtml(input.source)}</p>`,
    '<p class="how">Every number in the text, the tables and the captions is a link to its ' +
    "origin: click it, or move to it with Tab and press Enter, to see its value at full " +
    "precision, what it means, the code that computed it, the options of the analysis plan it " +
    "depends on, and the subjects and raw rows behind it.</p>",
    "</header>",
    '<nav class="toc" aria-labelledby="toc-title">',
    '<h2 id="toc-title">Contents</h2>',
    tocHtml(outline.entries),
    "</nav>",
    '<main id="main">',
    ...parts,
    "</main>",
    '<aside id="lineage" class="lineage" role="dialog" aria-labelledby="lineage-title" hidden>',
    '<div class="lineage-head"><h2 id="lineage-title" tabindex="-1">Where this number comes ' +
    'from</h2><button type="button" class="lineage-close" aria-label="Close">×</button></div>',
    '<div class="lineage-body"></div>',
    "</aside>",
    `<script type="application/json" id="lineage-data">${lineageJson(input.lineage)}</script>`,
    `<script>${script}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
