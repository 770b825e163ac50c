/**
 * What the browser test and its probe share: where Chromium is, what the probe may read from the
 * environment, the first screen's size, and the shape of what the probe reports. Kept apart from
 * the probe so that the test process never loads the browser driver (which reads environment
 * variables the test may not).
 */

export { CHROMIUM } from "../../../pipeline/report/print_pdf.ts";

/** Environment variables the browser driver reads at start-up. */
export const DRIVER_ENV = [
  "WS_NO_BUFFER_UTIL",
  "PUPPETEER_TEST_EXPERIMENTAL_CHROME_FEATURES",
  "PUPPETEER_DANGEROUS_NO_SANDBOX",
  "NODE_V8_COVERAGE",
];

/** The first screen's size. */
export const VIEWPORT = { width: 1280, height: 900 };

/** One number element of the page. */
export interface PageNumber {
  id: string;
  format: string;
  text: string;
  /** Whether the page's embedded lineage has an entry for the id. */
  traced: boolean;
  focusable: boolean;
  role: string | null;
}

/** What the lineage panel showed. */
export interface PanelState {
  visible: boolean;
  /** The id the panel shows. */
  id: string | null;
  /** The panel's text. */
  text: string;
  /** Each record row: subject, record key, raw sources. */
  records: { subject: string; key: string; sources: string[] }[];
  /** The id of the focused element's number, or the focused element's id. */
  focus: string | null;
}

/** Everything the browser saw. */
export interface Findings {
  url: string;
  title: string;
  console: { type: string; text: string }[];
  pageErrors: string[];
  /** Requests while the page loaded (before it is loaded again for the deep link). */
  requests: string[];
  failedRequests: string[];
  numbers: PageNumber[];
  lineageLinks: { id: string; traced: boolean }[];
  afterClick: PanelState;
  afterEnter: PanelState;
  afterSpace: PanelState;
  afterEscape: PanelState;
  /** The page loaded again from `report.html#why=os.n`. */
  afterDeepLink: PanelState;
  /** The page printed (print media, A4) with the lineage panel open. */
  print: { panelShown: boolean; tableCaptions: number; pdfHeader: string; pages: number };
  /** The screenshot of the first screen, in the profile folder. */
  screenshot: string;
  seconds: number;
}
