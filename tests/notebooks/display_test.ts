/**
 * The notebooks' display helpers: objects the Deno kernel shows through their
 * `Symbol.for("Jupyter.display")` method, which returns a MIME bundle.
 */

import assert from "node:assert/strict";
import * as aq from "arquero";
import { type Display, markdown, type MimeBundle, svg, table } from "../../notebooks/_display.ts";

/** The bundle exactly as the kernel asks for it. */
function displayed(value: Display): MimeBundle {
  const method = (value as unknown as Record<symbol, unknown>)[Symbol.for("Jupyter.display")];
  assert.equal(typeof method, "function", "no Jupyter.display method");
  return (method as () => MimeBundle).call(value);
}

Deno.test("svg() shows an SVG image inline through the Jupyter display protocol", () => {
  const text = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>';
  assert.deepEqual(displayed(svg(text)), { "image/svg+xml": text, "text/plain": "[SVG image]" });
});

Deno.test("markdown() shows its text rendered, with the same text as plain text", () => {
  assert.deepEqual(displayed(markdown("# Title")), {
    "text/markdown": "# Title",
    "text/plain": "# Title",
  });
});

Deno.test("table() shows plain rows or an Arquero table as the same Markdown table", () => {
  const rows = [{ site: "S01", patients: 10 }, { site: "S02", patients: 8 }];
  const expected = "|site|patients|\n|:-|-:|\n|S01|10|\n|S02|8|";
  assert.equal(displayed(table(rows))["text/markdown"], expected);
  assert.equal(displayed(table(aq.from(rows)))["text/markdown"], expected);
});

Deno.test("table() says how many rows a limit left out", () => {
  const shown = displayed(table([{ n: 1 }, { n: 2 }, { n: 3 }], { limit: 2 }))["text/markdown"];
  assert.equal(shown, "|n|\n|-:|\n|1|\n|2|\n\n(2 of 3 rows)");
});

Deno.test("table() names the columns of a table without rows instead of showing nothing", () => {
  const empty = aq.table({ site: [], rule: [] });
  assert.equal(displayed(table(empty))["text/markdown"], "(no rows; columns site, rule)");
});
