/**
 * The committed HTML report as a file: one self-contained document under 2 MB whose only script
 * is allowed by hash, with every figure inline and every part of the report. (The browser test,
 * `report_page_test.ts`, checks what the page does.)
 */

import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import type { FigureEntry } from "../../../pipeline/_shared/contracts/figures.ts";
import type { IndexedNumber } from "../../../pipeline/_shared/contracts/number_index.ts";

const html = await Deno.readTextFile("outputs/report.html");
const figures = JSON.parse(await Deno.readTextFile("outputs/figures/index.json")) as FigureEntry[];
const certificate = JSON.parse(await Deno.readTextFile("outputs/reproduction.json"));

Deno.test("the committed report stays under 2 MB", async () => {
  const { size } = await Deno.stat("outputs/report.html");
  assert.ok(size < 2 * 1024 * 1024, `outputs/report.html is ${size} bytes`);
});

Deno.test("the report refers to no other file: every src is a data URL and every href an anchor", () => {
  const references = [...html.matchAll(/\s(src|href|xlink:href)="([^"]*)"/g)].map((m) => m[2]!);
  assert.deepEqual(references.filter((r) => !r.startsWith("#") && !r.startsWith("data:")), []);
  assert.doesNotMatch(html, /@import|url\((?!#)/, "no stylesheet or font from elsewhere");
  const anchors = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  const broken = references.filter((r) => r.startsWith("#") && !anchors.has(r.slice(1)));
  assert.deepEqual(broken, []);
});

Deno.test("its content security policy forbids requests and allows only its own script, by hash", () => {
  const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? "";
  assert.match(policy, /default-src 'none'/);
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  assert.equal(scripts.length, 1);
  const hash = createHash("sha256").update(scripts[0]!).digest("base64");
  assert.match(policy, new RegExp(`script-src 'sha256-${hash.replace(/[+/]/g, "\\$&")}'`));
});

Deno.test("every figure is inline with its text alternative, and every part of the report is there", () => {
  const inline = [...html.matchAll(/<svg role="img" aria-label="([^"]*)"/g)].length;
  assert.equal(inline, figures.length);
  for (const [i, figure] of figures.entries()) {
    assert.ok(html.includes(`<strong>Figure ${i + 1}. ${figure.title}.</strong>`), figure.file);
  }
  for (const part of ["Results", "Reproduction certificate", "Data quality", "Run summary"]) {
    assert.match(html, new RegExp(`<h2 id="[^"]+">${part}</h2>`));
  }
  assert.equal((html.match(/<h1[ >]/g) ?? []).length, 1);
  const claims = html.slice(html.indexOf('id="certificate-claims"'));
  assert.equal(
    (claims.slice(0, claims.indexOf("</table>")).match(/<tr><td>/g) ?? []).length,
    certificate.claims,
  );
});

Deno.test("the report prints the numbers of number-index.json, each as an element with its id", async () => {
  const index = JSON.parse(
    await Deno.readTextFile("outputs/number-index.json"),
  ) as IndexedNumber[];
  const printed = [...html.matchAll(/<span class="num"[^>]* data-id="([^"]+)"[^>]*>([^<]*)</g)]
    .map((m) => [m[1], m[2]]);
  const unescape = (text: string) => text.replaceAll("&amp;", "&").replaceAll("&lt;", "<");
  assert.deepEqual(
    printed.map(([id, text]) => [id, unescape(text!)]),
    index.map((n) => [n.id, n.text]),
  );
});
