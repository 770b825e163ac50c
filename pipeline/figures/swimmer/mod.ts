/**
 * Figure 3: swimmer plot. One lane per patient from the diagnosis of advanced disease (time 0) to
 * death or last contact; on it, one coloured segment per line of therapy from the line's start to
 * the end of its progression-free survival (progression, death, or censoring), coloured by
 * regimen; markers for the first response (CR or PR), each progression, death, and "alive at last
 * contact". Printed across a double column (175 mm).
 *
 * Decisions: lanes are sorted by follow-up, longest at the top (see `lanes.ts`); patient ids are
 * not printed (55 lanes of text would not be legible) but each lane and segment carries a tooltip
 * (`<title>`) with the id, line and regimen, for an auditor reading the SVG. Segments get 1 px of
 * inset outwards so a line with a PFS of 0 days still shows as a tick. Each kind of marker has
 * its place in the lane (`SWIMMER_MARKERS`), so markers that share a date do not hide each other.
 * Regimens have the colours of `palette.ts`; regimens beyond its seven hues are hatched. A best
 * response reported by a site without a date has no marker (the caption says how many).
 *
 * @module
 */

import * as Plot from "@observablehq/plot";
import { composeFigure, createDocument, drawPlot } from "../_common/document.ts";
import type { DrawnFigure } from "../_common/figure.ts";
import { drawLegend, type LegendItem } from "../_common/legend.ts";
import { monthTicks } from "../../_shared/month_ticks.ts";
import type { PatientCourse } from "../courses.ts";
import {
  NEUTRAL,
  OTHER_REGIMENS,
  otherRegimensHatch,
  type RegimenPalette,
} from "../_common/palette.ts";
import { printSize } from "../_common/print_size.ts";
import { swimmerLanes } from "./lanes.ts";
import { systematicSample } from "../_common/systematic_sample.ts";
import type { FigureCounts } from "../../_shared/contracts/stats.ts";
import { monthsWords } from "../../_shared/plan_words.ts";
import { prose } from "../../_shared/prose/inline.ts";
import type { NumberSource } from "../../_shared/prose/numbers.ts";
import { PipelineError } from "../../_shared/stage.ts";

/** Stops when what is drawn differs from what the statistics counted (artefacts of two runs). */
function checkCounts(counted: FigureCounts["swimmer"], drawn: FigureCounts["swimmer"]): void {
  if (JSON.stringify(counted) !== JSON.stringify(drawn)) {
    throw new PipelineError(
      `the swimmer plot would draw ${JSON.stringify(drawn)} but stats.json counts ` +
        `${JSON.stringify(counted)}: the analysis datasets and stats.json come from different ` +
        "runs; rerun `deno task all --from statistics`",
    );
  }
}

/** Lane height: 12 px, narrowed for large cohorts so the plot stays about 660 px tall (3 px at least). */
export function laneHeight(patients: number): number {
  return Math.min(12, Math.max(3, 660 / Math.max(1, patients)));
}
const MARGIN_LEFT = 40;
const SIZE = printSize("double");

/**
 * Marker symbols of the swimmer plot (also used in its legend) and where each sits: responses in
 * the upper half of the lane and progressions in the lower half (`slot`, a fraction of the lane
 * height), so a response and a progression on the same date are both seen; death and "alive"
 * just past the lane's end (`pastEnd`), so a progression on the date of the last contact is not
 * hidden under them.
 */
export const SWIMMER_MARKERS = {
  response: {
    symbol: "circle",
    stroke: "black",
    fill: "white",
    label: "Response (CR or PR)",
    slot: -0.27,
    pastEnd: false,
  },
  progression: {
    symbol: "diamond2",
    stroke: "black",
    fill: "black",
    label: "Progression",
    slot: 0.27,
    pastEnd: false,
  },
  death: {
    symbol: "times",
    stroke: "black",
    fill: "none",
    label: "Death",
    slot: 0,
    pastEnd: true,
  },
  alive: {
    symbol: "triangle",
    stroke: "black",
    fill: "black",
    label: "Alive at last contact",
    rotate: 90,
    slot: 0,
    pastEnd: true,
  },
} as const;

/**
 * Where a marker of `kind` is drawn in a lane `lane` pixels high: its size `r` (Plot's), its
 * offset from the lane's centre line (`dy`) and from its date (`dx`), in pixels.
 */
export function markerPlacement(
  kind: keyof typeof SWIMMER_MARKERS,
  lane: number,
): { r: number; dx: number; dy: number } {
  const marker = SWIMMER_MARKERS[kind];
  // A diamond's half-height is 1.25 r: its r is scaled to reach as far as a circle's. Slots and
  // sizes leave a response and a progression on one date, and a progression on the last
  // contact's date and the end marker, clear of each other (swimmer_test.ts measures them).
  const r = (lane / 4.6) * (marker.symbol === "diamond2" ? 0.8 : 1);
  return { r, dx: marker.pastEnd ? 0.55 * lane : 0, dy: marker.slot * lane };
}

/** The most lanes drawn: above it, a systematic sample (`systematic_sample.ts`). */
export const MAX_LANES = 200;

/** Draws figure 3. */
export function drawSwimmer(
  courses: readonly PatientCourse[],
  palette: RegimenPalette,
  regimenLabels: Readonly<Record<string, string>>,
  numbers: NumberSource,
): DrawnFigure {
  const all = swimmerLanes(courses, numbers.plan.daysPerMonth);
  checkCounts(numbers.stats.figures.swimmer, {
    lanes: all.lanes.length,
    segments: all.segments.length,
    markers: {
      response: all.markers.response.length,
      progression: all.markers.progression.length,
      death: all.markers.death.length,
      alive: all.markers.alive.length,
    },
    undated_responses: all.undatedResponses,
  });
  // Above MAX_LANES patients, every k-th lane in order of follow-up is drawn (the caption says so).
  const lanes = systematicSample(all.lanes, MAX_LANES);
  const shown = new Set(lanes.map((l) => l.usubjid));
  const keep = <T extends { usubjid: string }>(items: T[]) =>
    items.filter((item) => shown.has(item.usubjid));
  const segments = keep(all.segments);
  const markers = {
    response: keep(all.markers.response),
    progression: keep(all.markers.progression),
    death: keep(all.markers.death),
    alive: keep(all.markers.alive),
  };
  const lane = laneHeight(lanes.length);
  const ticks = monthTicks(Math.max(0, ...lanes.map((l) => l.end)));
  const marker = (key: keyof typeof SWIMMER_MARKERS) => {
    const m = SWIMMER_MARKERS[key];
    return Plot.dot(markers[key], {
      x: "x",
      y: "usubjid",
      symbol: m.symbol,
      stroke: m.stroke,
      fill: m.fill,
      ...markerPlacement(key, lane),
      strokeWidth: key === "death" ? 1.5 : 1,
      rotate: "rotate" in m ? m.rotate : 0,
      ariaDescription: `${key} markers`,
    });
  };

  const document = createDocument();
  const plot = drawPlot(document, {
    width: SIZE.width,
    height: Math.round(lanes.length * lane) + 30 + 50,
    marginTop: 30,
    marginBottom: 50,
    marginLeft: MARGIN_LEFT,
    marginRight: 16,
    x: {
      domain: [0, ticks.at(-1)!],
      ticks,
      tickFormat: "d",
      label: "Months since diagnosis of advanced disease",
      labelAnchor: "center",
      labelArrow: "none",
      labelOffset: 36,
    },
    y: { domain: lanes.map((l) => l.usubjid), axis: null, padding: 0 },
    marks: [
      Plot.text(["Patients (one lane each, longest follow-up at the top)"], {
        frameAnchor: "top-left",
        dy: -18,
        dx: -MARGIN_LEFT + 8,
        textAnchor: "start",
        fill: "black",
      }),
      Plot.ruleY(lanes, {
        y: "usubjid",
        x1: 0,
        x2: "end",
        stroke: NEUTRAL.lane,
        strokeWidth: 1.5,
        title: (l: { usubjid: string }) => l.usubjid,
        ariaDescription: "lanes",
      }),
      Plot.barX(segments, {
        y: "usubjid",
        x1: "x1",
        x2: "x2",
        fill: (s: { regimen: string }) => palette.paint(s.regimen).fill,
        stroke: (s: { regimen: string }) => palette.paint(s.regimen).stroke,
        strokeWidth: 1,
        insetTop: lane / 8,
        insetBottom: lane / 8,
        insetLeft: -1,
        insetRight: -1,
        title: (s: { usubjid: string; line: number; regimen: string }) =>
          `${s.usubjid}, line ${s.line}: ${regimenLabels[s.regimen] ?? s.regimen}`,
        ariaDescription: "line segments",
      }),
      marker("progression"),
      marker("response"),
      marker("death"),
      marker("alive"),
    ],
    color: { type: "identity" },
  });
  const legendItems: LegendItem[] = [
    ...palette.legend.map((e) => ({
      key: {
        kind: "swatch" as const,
        colour: e.paint.fill,
        ...(e.paint.stroke === "none" ? {} : { stroke: e.paint.stroke }),
      },
      label: e.regimen === null ? OTHER_REGIMENS : regimenLabels[e.regimen] ?? e.regimen,
    })),
    {
      key: { kind: "line", colour: NEUTRAL.lane },
      label: "Follow-up off a line or after progression",
    },
    ...Object.values(SWIMMER_MARKERS).map((m) => ({
      key: {
        kind: "symbol" as const,
        symbol: m.symbol,
        stroke: m.stroke,
        fill: m.fill,
        rotate: "rotate" in m ? m.rotate : 0,
      },
      label: m.label,
    })),
  ];
  const legend = drawLegend(document, legendItems, { left: 8, width: SIZE.width });
  const count = (id: string) => numbers.ref(`figures.swimmer.${id}`, "integer");
  const title = "Treatment course of each patient";
  const undated = numbers.stats.figures.swimmer.undated_responses;
  const caption = prose`Swimmer plot of the ${
    count("lanes")
  } patients: each lane runs from the diagnosis of advanced disease to death or last contact (longest at the top). Coloured segments: the ${
    count("segments")
  } lines of systemic therapy, each from its start to progression, death or censoring of its progression-free survival, coloured by regimen (the seven most used regimens have their own colour; the others are hatched). Grey lane: follow-up off a line or after progression. Markers: first CR or PR of a line (${
    count("markers.response")
  }; circles, in the upper half of the lane), progression (${
    count("markers.progression")
  }; diamonds, in the lower half, so that both show when they share a date), death (${
    count("markers.death")
  }) and alive at last contact (${count("markers.alive")}), drawn just past the end of the lane.${
    undated > 0
      ? prose` ${count("undated_responses")} response${
        undated > 1 ? "s" : ""
      } reported by a site without a date ${undated > 1 ? "have" : "has"} no marker.`
      : []
  }${
    lanes.length < all.lanes.length
      ? ` The counts are of all patients; ${lanes.length} lanes are drawn, every ` +
        `${(all.lanes.length / lanes.length).toFixed(1)}th patient in order of follow-up (a ` +
        `systematic sample that keeps the shape of the cohort; a figure shows at most ` +
        `${MAX_LANES} lanes).`
      : ""
  } ${monthsWords(numbers.plan)}`;
  const alt = `Swimmer plot, ${lanes.length} lanes, ${segments.length} line segments.`;
  return {
    file: "swimmer.svg",
    title,
    caption,
    alt,
    widthMm: SIZE.widthMm,
    svg: composeFigure(document, {
      title,
      description: alt,
      size: SIZE,
      panels: [legend, plot],
      defs: palette.legend.some((e) => e.regimen === null) ? [otherRegimensHatch(document)] : [],
    }),
  };
}
