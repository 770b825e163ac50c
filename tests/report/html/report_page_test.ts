/**
 * The HTML report in a real browser: `outputs/report.html` is opened from its file:// address in
 * headless Chromium (one browser, one page, driven by `_browse_report.ts` in its own process),
 * and the test checks what the page itself did and shows: no console error, no request but its
 * own file, every number element naming a stats.json id (or plan option) whose value, in the
 * element's format, is the text shown, the lineage behind a click and behind the keyboard, and a
 * first screen that is not blank. The committed report is the one a fresh run makes (the
 * end-to-end test compares them byte for byte), so this is the page a reader opens.
 *
 * Chromium must be installed (`apt-get install -y chromium`; `.ci/run` installs it): without it
 * this test fails, it does not skip.
 */

import assert from "node:assert/strict";
import { resolve } from "node:path";
import { readAnalysisPlan } from "../../../pipeline/_shared/analysis_plan.ts";
import type { IndexedNumber } from "../../../pipeline/_shared/contracts/number_index.ts";
import { lookupStatistic, type Statistics } from "../../../pipeline/_shared/contracts/stats.ts";
import { definitionOf } from "../../../pipeline/_shared/contracts/stats_ids.ts";
import { FORMATS } from "../../../pipeline/_shared/prose/formats.ts";
import { CHROMIUM, DRIVER_ENV, type Findings, VIEWPORT } from "./_browser.ts";
import { decodePng, inkShare } from "./_png_pixels.ts";

const REPORT = "outputs/report.html";
const stats = JSON.parse(await Deno.readTextFile("outputs/stats.json")) as Statistics;
const plan = await readAnalysisPlan("pipeline/analysis-plan.json");
const numberIndex = JSON.parse(
  await Deno.readTextFile("outputs/number-index.json"),
) as IndexedNumber[];

let browsed: Promise<Findings & { screenshotBytes: Uint8Array }> | undefined;

/** Opens the report once, in a fresh browser profile, for every test of this file. */
function browseReport(): Promise<Findings & { screenshotBytes: Uint8Array }> {
  browsed ??= (async () => {
    const profile = await Deno.makeTempDir({ prefix: "report-browser-" });
    try {
      const report = resolve(REPORT);
      const output = await new Deno.Command("deno", {
        args: [
          "run",
          "--no-prompt",
          `--allow-run=${CHROMIUM}`,
          `--allow-read=${report},${profile},${CHROMIUM}`,
          `--allow-write=${profile}`,
          `--allow-env=${DRIVER_ENV.join(",")}`,
          "tests/report/html/_browse_report.ts",
          report,
          profile,
        ],
        env: { TZ: "UTC", NO_COLOR: "1" },
        stdout: "piped",
        stderr: "piped",
      }).output();
      const text = new TextDecoder();
      if (output.code !== 0) {
        // The probe says how to install Chromium when it is absent: the test fails, not skips.
        throw new Error(
          `the browser probe failed (exit ${output.code}):\n${text.decode(output.stderr)}`,
        );
      }
      const findings = JSON.parse(text.decode(output.stdout)) as Findings;
      return { ...findings, screenshotBytes: await Deno.readFile(findings.screenshot) };
    } finally {
      await Deno.remove(profile, { recursive: true });
    }
  })();
  return browsed;
}

/** "S01/patients.csv row 12" or "S03/export.xlsx Lines!7": whether the raw file exists. */
function rawFileExists(reference: string): boolean {
  const path = /^(\S+?\/.+?) (?:row \d+|record \S+)$|^(\S+?\/.+?\.xlsx) .+!\d+$/.exec(reference);
  const file = path?.[1] ?? path?.[2];
  if (file === undefined) return false;
  try {
    return Deno.statSync(`data/raw/${file}`).isFile;
  } catch {
    return false;
  }
}

Deno.test("the report loads from its file address with no console error and no request but itself", async () => {
  const page = await browseReport();
  assert.equal(page.title, "Clear cell sarcoma: a reproducible re-analysis");
  assert.deepEqual(page.pageErrors, []);
  assert.deepEqual(page.console.filter((m) => m.type === "error" || m.type === "warn"), []);
  assert.deepEqual(page.requests, [page.url]);
  assert.deepEqual(page.failedRequests, []);
});

Deno.test("every number element names a stats.json id or plan option and shows its value in its format", async () => {
  const { numbers } = await browseReport();
  assert.ok(numbers.length > 100, `only ${numbers.length} number elements`);
  const wrong = numbers.flatMap((n) => {
    const value = n.id.startsWith("plan:")
      ? lookupStatistic(plan, n.id.slice("plan:".length))
      : lookupStatistic(stats, n.id);
    if (value === undefined) return [`${n.id}: no such id`];
    const format = FORMATS[n.format];
    if (format === undefined) return [`${n.id}: unknown format ${n.format}`];
    const expected = format(value);
    return expected === n.text ? [] : [`${n.id}: shows ${n.text}, its value gives ${expected}`];
  });
  assert.deepEqual(wrong, []);
  assert.deepEqual(numbers.filter((n) => !n.traced).map((n) => n.id), [], "ids without lineage");
  assert.ok(numbers.every((n) => n.focusable && n.role === "button"), "numbers are focusable");
  // The page prints exactly the numbers of the results, in the same order.
  assert.deepEqual(numbers.map((n) => n.id), numberIndex.map((n) => n.id));
});

Deno.test("clicking the median overall survival shows the 55 subjects and the raw rows behind it", async () => {
  const { afterClick: panel } = await browseReport();
  assert.ok(panel.visible, "the lineage panel is shown");
  assert.equal(panel.id, "os.median");
  assert.equal(panel.focus, "lineage-title", "focus moves to the panel");
  assert.ok(panel.text.includes(JSON.stringify(stats.os.median)), "value at full precision");
  assert.ok(panel.text.includes(definitionOf("os.median")!.definition.computedBy), "the code");
  assert.ok(panel.text.includes("overallSurvival.origin"), "the plan options");
  for (const [method, interval] of Object.entries(stats.os.ci)) {
    assert.ok(panel.text.includes(JSON.stringify(interval)), `the ${method} interval`);
  }
  assert.equal(panel.records.length, stats.os.n);
  assert.equal(new Set(panel.records.map((r) => r.subject)).size, 55);
  const missing = panel.records.flatMap((r) =>
    r.sources.length === 0
      ? [`${r.subject}: no raw row`]
      : r.sources.filter((s) => !rawFileExists(s)).map((s) => `${r.subject}: ${s}`)
  );
  assert.deepEqual(missing, []);
});

Deno.test("Enter and Space on a focused number open its lineage, and Escape returns to the number", async () => {
  const { afterEnter, afterSpace, afterEscape } = await browseReport();
  assert.ok(afterEnter.visible);
  assert.equal(afterEnter.id, "pfs.sunitinib.median");
  assert.equal(afterEnter.records.length, stats.pfs.sunitinib!.n);
  assert.ok(afterEnter.records.every((r) => r.key.startsWith("PFS line")));
  assert.ok(afterSpace.visible);
  assert.equal(afterSpace.id, "response.all_lines.orr.n");
  assert.equal(afterSpace.records.length, stats.response.all_lines.lines);
  assert.equal(afterEscape.visible, false);
  assert.equal(afterEscape.focus, "response.all_lines.orr.n");
});

Deno.test("a link to report.html#why=ID opens that id's lineage when the page loads", async () => {
  const { afterDeepLink } = await browseReport();
  assert.ok(afterDeepLink.visible);
  assert.equal(afterDeepLink.id, "os.n");
  assert.equal(afterDeepLink.records.length, stats.os.n);
});

Deno.test("each statistic the certificate names opens its lineage", async () => {
  const { lineageLinks } = await browseReport();
  assert.ok(lineageLinks.length > 0);
  assert.deepEqual(lineageLinks.filter((l) => !l.traced), []);
});

Deno.test("printed, the report is a multi-page PDF without the lineage panel", async () => {
  const { print } = await browseReport();
  assert.equal(print.pdfHeader, "%PDF-");
  assert.ok(print.pages >= 5, `${print.pages} pages`);
  assert.equal(print.panelShown, false, "the open lineage panel is not printed");
  assert.ok(print.tableCaptions >= 6);
});

Deno.test("the first screen of the report is not blank", async () => {
  const pixels = decodePng((await browseReport()).screenshotBytes);
  assert.equal(pixels.width, VIEWPORT.width);
  assert.equal(pixels.height, VIEWPORT.height);
  const ink = inkShare(pixels);
  assert.ok(ink > 0.01 && ink < 0.9, `share of non-background pixels: ${ink}`);
});
