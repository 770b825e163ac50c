/**
 * The layout of the flow diagram (figure 6), in pixels: a main column of boxes (records screened,
 * patients assessed, patients included), side boxes for the records merged into another and the
 * patients excluded, with their reasons, and one
 * box per endpoint along the bottom, joined by arrows. Box heights follow their text, wrapped to
 * the box width (widths estimated, see `_text_width.ts`); widths are fixed.
 *
 * @module
 */

import { FONT_SIZE } from "../_common/document.ts";
import { wrapText } from "../_common/text_width.ts";
import type { FlowCounts } from "./counts.ts";

/** How the diagram names each reason code of the reconciliation. */
export const REASON_LABELS: Readonly<Record<string, string>> = {
  not_molecularly_confirmed: "No molecular confirmation",
  no_systemic_therapy_for_advanced_disease: "No systemic therapy for advanced disease",
  treated_outside_study_window: "First line for advanced disease outside the study period",
  not_advanced_setting: "No line in the advanced setting",
  duplicate_row: "Duplicate row in a site's file",
  referral_merged: "Same patient reported by a second site (referral)",
};

/** A straight connection between two points; arrows have a head at (x2, y2). */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A box and its lines of text, the first `bold` of them in bold. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  bold: number;
}

const LINE_HEIGHT = 16;
const PADDING = 8;
const GAP = 26;
const MAIN_X = 16;
const MAIN_WIDTH = 340;
const SIDE_X = MAIN_X + MAIN_WIDTH + 30;

function box(x: number, y: number, width: number, heading: string, body: string[]): Box {
  const wrap = (text: string, bold = false) => wrapText(text, FONT_SIZE, width - 2 * PADDING, bold);
  const title = wrap(heading, true);
  const lines = [...title, ...body.flatMap((text) => wrap(text))];
  return {
    x,
    y,
    width,
    height: lines.length * LINE_HEIGHT + 2 * PADDING,
    lines,
    bold: title.length,
  };
}

function below(b: Box, gap: number): number {
  return b.y + b.height + gap;
}

/** "(n = 12)", with no-break spaces so a wrapped heading keeps it whole. */
function count(n: number): string {
  return `(n\u00a0=\u00a0${n})`;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

/** The boxes, arrows, plain connectors and total height of the diagram for `flow`, `width` px wide. */
export function layoutFlow(flow: FlowCounts, width: number) {
  const reasons = (list: { reason: string; records: number }[]) =>
    list.map((r) => `${REASON_LABELS[r.reason] ?? r.reason}: ${r.records}`);
  const sideWidth = width - SIDE_X - 12;
  const centre = MAIN_X + MAIN_WIDTH / 2;
  // A no-break space keeps each site with its count when the list wraps.
  const siteList = flow.screenedBySite.map((s) => `${s.site}:\u00a0${s.records}`).join(", ");
  const screened = box(MAIN_X, 8, MAIN_WIDTH, `Patient records screened ${count(flow.screened)}`, [
    `from ${flow.screenedBySite.length} sites: ${siteList}`,
  ]);
  const side = (y: number, heading: string, body: string[]) =>
    box(SIDE_X, y, sideWidth, heading, body);
  const main = (y: number, heading: string, body: string[]) =>
    box(MAIN_X, y, MAIN_WIDTH, heading, body);
  const merged = side(
    below(screened, GAP / 2),
    `Records merged into another ${count(flow.mergedTotal)}`,
    reasons(flow.merged),
  );
  const patients = main(
    below(merged, GAP / 2),
    `Patients assessed for eligibility ${count(flow.patients)}`,
    [],
  );
  const excluded = side(
    below(patients, GAP / 2),
    `Patients excluded ${count(flow.excludedTotal)}`,
    reasons(flow.excluded),
  );
  const included = main(below(excluded, GAP / 2), `Patients included ${count(flow.included)}`, [
    `${flow.analysed.pfsLines} lines of systemic therapy for advanced disease`,
  ]);
  const a = flow.analysed;
  const forkY = below(included, GAP / 2 + 5);
  const bottomY = below(included, GAP + 10);
  const third = (width - 2 * 12 - 2 * MAIN_X) / 3;
  const noData = a.noData;
  const endpoints = [
    box(MAIN_X, bottomY, third, "Overall survival", [`${a.os} patients`]),
    box(MAIN_X + third + 12, bottomY, third, "Progression-free survival", [
      `${a.pfsPatients} patients, ${a.pfsLines} lines`,
    ]),
    box(MAIN_X + 2 * (third + 12), bottomY, third, "Best overall response", [
      `${a.responseLines} ${plural(a.responseLines, "line")} of ${a.responsePatients} patients`,
      `${noData} ${plural(noData, "line")} without response data`,
    ]),
  ];
  // One row, one height.
  const rowHeight = Math.max(...endpoints.map((b) => b.height));
  for (const b of endpoints) b.height = rowHeight;
  const boxes = [screened, merged, patients, excluded, included, ...endpoints];
  const middle = (b: Box) => b.y + b.height / 2;
  const centreOf = (b: Box) => b.x + b.width / 2;
  const arrows: Segment[] = [
    { x1: centre, y1: below(screened, 0), x2: centre, y2: patients.y },
    { x1: centre, y1: below(patients, 0), x2: centre, y2: included.y },
    { x1: centre, y1: middle(merged), x2: SIDE_X, y2: middle(merged) },
    { x1: centre, y1: middle(excluded), x2: SIDE_X, y2: middle(excluded) },
    ...endpoints.map((b) => ({ x1: centreOf(b), y1: forkY, x2: centreOf(b), y2: b.y })),
  ];
  const connectors: Segment[] = [
    { x1: centre, y1: below(included, 0), x2: centre, y2: forkY },
    { x1: centreOf(endpoints[0]!), y1: forkY, x2: centreOf(endpoints[2]!), y2: forkY },
  ];
  const texts = boxes.flatMap((b) =>
    b.lines.map((text, i) => ({
      x: b.x + PADDING,
      y: b.y + PADDING + (i + 0.5) * LINE_HEIGHT,
      text,
      bold: i < b.bold,
    }))
  );
  const height = Math.max(...boxes.map((b) => below(b, 10)));
  return { boxes, arrows, connectors, texts, height };
}
