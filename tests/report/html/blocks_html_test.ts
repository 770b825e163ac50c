/** The report's blocks as HTML: the same words and numbers as the Markdown, in accessible markup. */

import assert from "node:assert/strict";
import type { Block, TableBlock } from "../../../pipeline/report/document/blocks.ts";
import { renderMarkdown } from "../../../pipeline/report/document/markdown.ts";
import { blocksHtml, tableHtml } from "../../../pipeline/report/html/blocks_html.ts";
import { createOutline, tocHtml } from "../../../pipeline/report/html/outline.ts";

const median = { id: "os.median", format: "decimal1", text: "15.0" };
const n = { id: "os.n", format: "integer", text: "55" };

const table: TableBlock = {
  name: "table9-example",
  title: "Table 9. An example <with markup>",
  header: [["Characteristic"], ["All (n = ", n, ")"]],
  rows: [[["Sex, n (%)"], []], [["  Female"], ["29 (53%)"]]],
  notes: [["Median ", median, " months."]],
};

/** The text of an HTML fragment: tags dropped, the entities this renderer writes decoded. */
function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, "").replaceAll("&lt;", "<").replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"').replaceAll("&#39;", "'").replaceAll("&amp;", "&");
}

Deno.test("a table has a caption, scoped column and row headers, and its indented rows marked", () => {
  const html = tableHtml(table, "table9-example");
  assert.match(html, /<caption>Table 9\. An example &lt;with markup&gt;<\/caption>/);
  assert.match(html, /<th scope="col">Characteristic<\/th>/);
  assert.match(html, /<th scope="row">Sex, n \(%\)<\/th><td><\/td>/);
  assert.match(html, /<th scope="row" class="sub">Female<\/th><td>29 \(53%\)<\/td>/);
  assert.match(html, /<div class="table-notes"><p>Median <span class="num"[^>]*>15\.0<\/span>/);
});

Deno.test("every number is a focusable button element carrying its id and format", () => {
  const html = tableHtml(table, "t");
  const spans = [...html.matchAll(/<span class="num"([^>]*)>([^<]*)<\/span>/g)];
  assert.deepEqual(spans.map((m) => m[2]), ["55", "15.0"]);
  for (const [, attributes] of spans) {
    assert.match(attributes!, /tabindex="0" role="button"/);
    assert.match(attributes!, /data-id="os\.(n|median)" data-format="(integer|decimal1)"/);
  }
});

Deno.test("the HTML of the blocks reads as the Markdown does, word for word and number for number", () => {
  const blocks: Block[] = [
    { kind: "heading", level: 1, text: "Results" },
    { kind: "paragraph", prose: ["Of ", n, " patients, the median was ", median, " months."] },
    { kind: "paragraph", emphasis: true, prose: ["Synthetic data & a `code` span."] },
    { kind: "list", items: [{ lead: "Software.", prose: ["Deno."] }] },
  ];
  const outline = createOutline();
  const html = blocksHtml(blocks, { outline, figureImages: {}, headingOffset: 1 });
  assert.match(html, /<h2 id="results">Results<\/h2>/);
  assert.match(html, /<p><em>Synthetic data &amp; a <code>code<\/code> span\.<\/em><\/p>/);
  const markdownText = renderMarkdown(blocks).replace(/^# /gm, "").replace(/\*\*?|`/g, "")
    .replace(/^- /gm, "").split("\n").filter((line) => line !== "");
  const htmlText = html.split("\n").map(textOf).filter((line) => line !== "");
  assert.deepEqual(htmlText, markdownText);
});

Deno.test("a figure without its image stops the render, naming the file", () => {
  const figure: Block = {
    kind: "figure",
    number: 1,
    figure: {
      file: "missing.svg",
      png: "missing.png",
      title: "T",
      caption: ["c"],
      alt: "a",
      widthMm: 175,
    },
  };
  assert.throws(
    () => blocksHtml([figure], { outline: createOutline(), figureImages: {}, headingOffset: 1 }),
    /Expected the image of figure missing\.svg but found none/,
  );
});

Deno.test("anchors are unique and the contents nest by depth, a skipped depth getting an empty item", () => {
  const outline = createOutline();
  assert.equal(outline.anchor(1, "Results"), "results");
  assert.equal(outline.anchor(2, "Tables 1–3 (months)"), "tables-1-3-months");
  assert.equal(outline.anchor(2, "Results"), "results-2");
  assert.equal(outline.anchor(1, "Data quality"), "data-quality");
  assert.equal(outline.anchor(3, "Deep"), "deep");
  assert.equal(
    tocHtml(outline.entries).replace(/<a href="#([^"]+)">[^<]*<\/a>/g, "$1"),
    "<ol><li>results<ol><li>tables-1-3-months</li><li>results-2</li></ol></li>" +
      "<li>data-quality<ol><li><ol><li>deep</li></ol></li></ol></li></ol>",
  );
  assert.equal(tocHtml([]), "");
});
