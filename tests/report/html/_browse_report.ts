/**
 * Opens the HTML report in headless Chromium and reports what the page did, as JSON on stdout:
 * console messages, page errors, every request, every number element (with whether the page's
 * embedded lineage knows its id), what the lineage panel showed after a click and after the
 * keyboard, and a screenshot of the first screen (written to the profile folder).
 *
 * Run by `report_page_test.ts` as its own process, with only what it needs: start Chromium, read
 * the report and the browser's profile folder, write that folder, and the few environment
 * variables the browser driver reads. Chromium talks to it over a pipe, so no network permission
 * is granted at all.
 *
 *     deno run --allow-run=/usr/bin/chromium ... _browse_report.ts REPORT.html PROFILE_DIR
 */

import puppeteer from "puppeteer-core";
import { CHROMIUM, type Findings, VIEWPORT } from "./_browser.ts";
import { QUIET_CHROMIUM_FLAGS } from "../../../pipeline/report/print_pdf.ts";

/** The page's elements, typed as far as the probe reads them (the type check has no DOM). */
interface PageElement {
  id: string;
  dataset: Record<string, string | undefined>;
  textContent: string | null;
  innerText: string;
  tabIndex: number;
  hidden: boolean;
  children: ArrayLike<PageElement>;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { width: number; height: number };
  querySelectorAll(selector: string): ArrayLike<PageElement>;
}

/** The page's document, as far as the probe reads it. */
interface PageDocument {
  activeElement: PageElement | null;
  getElementById(id: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
}

async function browse(report: string, profile: string): Promise<Findings> {
  const started = performance.now();
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    userDataDir: `${profile}/chromium`,
    env: { HOME: profile },
    args: [...QUIET_CHROMIUM_FLAGS],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport(VIEWPORT);
    const messages: Findings["console"] = [];
    const pageErrors: string[] = [];
    const requests: string[] = [];
    const failedRequests: string[] = [];
    page.on("console", (m) => messages.push({ type: m.type(), text: m.text() }));
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    page.on("request", (r) => requests.push(r.url()));
    page.on("requestfailed", (r) => failedRequests.push(r.url()));
    const url = new URL(`file://${report}`).href;
    await page.goto(url, { waitUntil: "load" });
    const screenshot = `${profile}/first-screen.png`;
    await page.screenshot({ path: screenshot as `${string}.png` });

    const { numbers, lineageLinks } = await page.evaluate(() => {
      const document = (globalThis as unknown as { document: PageDocument }).document;
      const data = JSON.parse(document.getElementById("lineage-data")!.textContent!);
      const traced = (id: string) => Object.hasOwn(data.ids, id);
      return {
        numbers: Array.from(document.querySelectorAll(".num")).map((e) => ({
          id: e.dataset.id ?? "",
          format: e.dataset.format ?? "",
          text: e.textContent ?? "",
          traced: traced(e.dataset.id ?? ""),
          focusable: e.tabIndex === 0,
          role: e.getAttribute("role"),
        })),
        lineageLinks: Array.from(document.querySelectorAll(".lineage-link")).map((e) => ({
          id: e.dataset.id ?? "",
          traced: traced(e.dataset.id ?? ""),
        })),
      };
    });

    const panel = () =>
      page.evaluate(() => {
        const document = (globalThis as unknown as { document: PageDocument }).document;
        const aside = document.getElementById("lineage")!;
        const focused = document.activeElement;
        return {
          visible: !aside.hidden && aside.getBoundingClientRect().width > 0,
          id: aside.dataset.id ?? null,
          text: aside.textContent ?? "",
          records: Array.from(aside.querySelectorAll(".lineage-records tbody tr")).map((row) => {
            const cells = Array.from(row.children);
            return {
              subject: cells[0]?.textContent ?? "",
              key: cells[1]?.textContent ?? "",
              sources: cells[2]?.innerText.split("\n").filter((s: string) => s !== "") ?? [],
            };
          }),
          focus: focused?.dataset.id ?? focused?.id ?? null,
        };
      });

    // The reader clicks the median overall survival in the text.
    await page.click('.num[data-id="os.median"]');
    const afterClick = await panel();
    // A keyboard user moves to another number and presses Enter, then Space on a third.
    await page.focus('.num[data-id="pfs.sunitinib.median"]');
    await page.keyboard.press("Enter");
    const afterEnter = await panel();
    await page.focus('.num[data-id="response.all_lines.orr.n"]');
    await page.keyboard.press("Space");
    const afterSpace = await panel();
    await page.keyboard.press("Escape");
    const afterEscape = await panel();

    // Printing, with the lineage panel open: the print stylesheet hides it.
    await page.click('.num[data-id="os.median"]');
    await page.emulateMediaType("print");
    const printed = await page.evaluate(() => {
      const document = (globalThis as unknown as { document: PageDocument }).document;
      return {
        panelShown: document.getElementById("lineage")!.getBoundingClientRect().width > 0,
        tableCaptions: Array.from(document.querySelectorAll("table caption")).length,
      };
    });
    const pdf = await page.pdf({ format: "a4" });
    const pdfText = new TextDecoder("latin1").decode(pdf);
    const print = {
      ...printed,
      pdfHeader: pdfText.slice(0, 5),
      pages: (pdfText.match(/\/Type\s*\/Page(?!s)/g) ?? []).length,
    };

    // A link to `report.html#why=<id>` opens that id's lineage when the page loads.
    const requestsOnLoad = [...requests];
    await page.emulateMediaType("screen");
    await page.goto(`${url}#why=os.n`);
    await page.reload({ waitUntil: "load" });
    const afterDeepLink = await panel();

    return {
      url,
      title: await page.title(),
      console: messages,
      pageErrors,
      requests: requestsOnLoad,
      failedRequests,
      numbers,
      lineageLinks,
      afterClick,
      afterEnter,
      afterSpace,
      afterEscape,
      print,
      afterDeepLink,
      screenshot,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await browser.close();
  }
}

/** Whether the system's Chromium is installed. */
async function chromiumInstalled(): Promise<boolean> {
  try {
    return (await Deno.stat(CHROMIUM)).isFile;
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return false;
    throw error;
  }
}

if (import.meta.main) {
  const [report, profile] = Deno.args;
  if (report === undefined || profile === undefined) {
    console.error("usage: _browse_report.ts REPORT.html PROFILE_DIR");
    Deno.exit(2);
  }
  if (!await chromiumInstalled()) {
    console.error(
      `The browser test needs Chromium at ${CHROMIUM} but found none. Install it with ` +
        "`apt-get update && apt-get install -y chromium` (.ci/run does so on a clean machine).",
    );
    Deno.exit(3);
  }
  console.log(JSON.stringify(await browse(report, profile)));
}
