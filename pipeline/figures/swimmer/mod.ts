/**
 * Figure 3: swimmer plot. One lane per patient from the diagnosis of advanced disease (time 0) to
 * death or last contact; on it, one coloured segment per line of therapy from the line's start to
 * the end of its progression-free survival (progression, death, or censoring), coloured by
 * regimen; markers for the first response (CR or PR), each progression, death, and "alive at last
 * contact".
 *
 * Decisions: lanes are sorted by follow-up, longest at the top (see `swimmer_lanes.ts`); patient ids are not printed (55
 * lanes of text would not be legible at column width) but each lane and segment carries a
 * tooltip (`<title>`) with the id, line and regimen, for an auditor reading the SVG. Segments get
 * 1 px of inset outwards so a line with a PFS of 0 days still shows as a tick. A best response
 * reported by a site without a date has no marker (the caption says how many).
 *
 * @module
 */

import * as Plot from "@observablehq/plot";
import { composeFigure, createDocument, drawPlot } from "../_common/document.ts";
import type { DrawnFigure } from "../_common/figure.ts";
import { drawLegend, type LegendItem } from "../_common/legend.ts";
import { monthTicks } from "../../_shared/month_ticks.ts";
import type { PatientCourse } from "../courses.ts";
import { OTHER_REGIMENS, type RegimenPalette } from "../_common/palette.ts";
import { swimmerLanes } from "./lanes.ts";
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

/** Lane height: 11 px, narrowed for large cohorts so the plot stays about 660 px tall (3 px at least). */
export function laneHeight(patients: number): number {
  return Math.min(11, Math.max(3, 660 / Math.max(1, patients)));
}
/** Lighter than the grey of "other regimens", so a lane never reads as a line of therapy. */
const LANE_GREY = "#CCCCCC";
const MARGIN_LEFT = 40;

/** Marker symbols of the swimmer plot (also used in its legend). */
export const SWIMMER_MARKERS = {
  response: { symbol: "circle", stroke: "black", fill: "white", label: "Response (CR or PR)" },
  progression: { symbol: "diamond", stroke: "black", fill: "black", label: "Progression" },
  death: { symbol: "times", stroke: "black", fill: "none", label: "Death" },
  alive: {
    symbol: "triangle",
    stroke: "black",
    fill: "black",
    label: "Alive at last contact",
    rotate: 90,
  },
} as const;

/** Draws figure 3. */
export function drawSwimmer(
  courses: readonly PatientCourse[],
  palette: RegimenPalette,
  regimenLabels: Readonly<Record<string, string>>,
  numbers: NumberSource,
): DrawnFigure {
  const { lanes, segments, markers, undatedResponses } = swimmerLanes(
    courses,
    numbers.plan.daysPerMonth,
  );
  checkCounts(numbers.stats.figures.swimmer, {
    lanes: lanes.length,
    segments: segments.length,
    markers: {
      response: markers.response.length,
      progression: markers.progression.length,
      death: markers.death.length,
      alive: markers.alive.length,
    },
    undated_responses: undatedResponses,
  });
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
      r: Math.min(3.5, lane / 3),
      strokeWidth: key === "death" ? 2 : 1,
      rotate: "rotate" in m ? m.rotate : 0,
      ariaDescription: `${key} markers`,
    });
  };

  const document = createDocument();
  const plot = drawPlot(document, {
    height: Math.round(lanes.length * lane) + 30 + 50,
    marginTop: 30,
    marginBottom: 50,
    marginLeft: MARGIN_LEFT,
    marginRight: 24,
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
        stroke: LANE_GREY,
        strokeWidth: 1.5,
        title: (l: { usubjid: string }) => l.usubjid,
        ariaDescription: "lanes",
      }),
      Plot.barX(segments, {
        y: "usubjid",
        x1: "x1",
        x2: "x2",
        fill: (s: { regimen: string }) => palette.colour(s.regimen),
        insetTop: lane / 7,
        insetBottom: lane / 7,
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
      key: { kind: "swatch" as const, colour: e.colour },
      label: e.regimen === null ? OTHER_REGIMENS : regimenLabels[e.regimen] ?? e.regimen,
    })),
    {
      key: { kind: "line", colour: LANE_GREY },
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
  const legend = drawLegend(document, legendItems, 8);
  const count = (id: string) => numbers.ref(`figures.swimmer.${id}`, "integer");
  const title = "Treatment course of each patient";
  const undated = numbers.stats.figures.swimmer.undated_responses;
  const caption = prose`Swimmer plot of the ${
    count("lanes")
  } patients: each lane runs from the diagnosis of advanced disease to death or last contact (longest at the top). Coloured segments: the ${
    count("segments")
  } lines of systemic therapy, each from its start to progression, death or censoring of its progression-free survival, coloured by regimen (the seven most used regimens have their own colour; the others are grey). Grey lane: follow-up off a line or after progression. Markers: first CR or PR of a line (${
    count("markers.response")
  }), progression (${count("markers.progression")}), death (${
    count("markers.death")
  }) and alive at last contact (${count("markers.alive")}).${
    undated > 0
      ? prose` ${count("undated_responses")} response${
        undated > 1 ? "s" : ""
      } reported by a site without a date ${undated > 1 ? "have" : "has"} no marker.`
      : []
  } ${monthsWords(numbers.plan)}`;
  const alt = `Swimmer plot, ${lanes.length} lanes, ${segments.length} line segments.`;
  return {
    file: "swimmer.svg",
    title,
    caption,
    alt,
    svg: composeFigure(document, { title, description: alt, panels: [legend, plot] }),
  };
}
