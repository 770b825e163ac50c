import assert from "node:assert/strict";
import { numberSource } from "../../pipeline/_shared/prose/numbers.ts";
import { regimenPalette } from "../../pipeline/figures/_common/palette.ts";
import type { PatientCourse } from "../../pipeline/figures/courses.ts";
import { swimmerLanes } from "../../pipeline/figures/swimmer/lanes.ts";
import {
  drawSwimmer,
  markerPlacement,
  SWIMMER_MARKERS,
} from "../../pipeline/figures/swimmer/mod.ts";
import { cohortInputs, cohortRecords, parseSvg, position } from "./_helpers.ts";

const OS_DAYS = new Map(
  cohortRecords().adtte.filter((r) => r.paramcd === "OS").map((r) => [r.usubjid, r]),
);

Deno.test("each swimmer lane ends at the patient's overall survival time in ADTTE", async () => {
  const { courses, plan } = await cohortInputs();
  const { lanes } = swimmerLanes(courses, plan.daysPerMonth);
  const os = new Map(
    [...OS_DAYS].map(([usubjid, r]) => [usubjid, r.days / plan.daysPerMonth]),
  );
  assert.equal(lanes.length, courses.length);
  for (const lane of lanes) assert.equal(lane.end, os.get(lane.usubjid), lane.usubjid);
  for (let i = 1; i < lanes.length; i++) {
    assert.ok(lanes[i - 1]!.end >= lanes[i]!.end, "longest follow-up first");
  }
});

Deno.test("swimmer segments lie on their lane and last as long as the line's PFS", async () => {
  const { courses, plan } = await cohortInputs();
  const { lanes, segments } = swimmerLanes(courses, plan.daysPerMonth);
  const end = new Map(lanes.map((l) => [l.usubjid, l.end]));
  const pfs = new Map(
    cohortRecords().adtte.filter((r) => r.paramcd === "PFS").map((r) => [
      `${r.usubjid} ${r.line}`,
      r.days,
    ]),
  );
  assert.equal(segments.length, pfs.size);
  for (const s of segments) {
    const where = `${s.usubjid} line ${s.line}`;
    assert.ok(s.x1 >= 0 && s.x2 <= end.get(s.usubjid)! + 1e-9, where);
    assert.ok(
      Math.abs((s.x2 - s.x1) * plan.daysPerMonth - pfs.get(`${s.usubjid} ${s.line}`)!) < 1e-9,
      where,
    );
  }
});

Deno.test("swimmer markers: a death or an alive mark per patient, progressions as in ADTTE", async () => {
  const { courses, plan } = await cohortInputs();
  const { markers, undatedResponses } = swimmerLanes(courses, plan.daysPerMonth);
  assert.equal(markers.death.length + markers.alive.length, courses.length);
  assert.equal(markers.death.length, [...OS_DAYS.values()].filter((r) => r.event).length);
  const lines = courses.flatMap((c) => c.lines);
  assert.equal(
    markers.progression.length,
    lines.filter((l) => l.pfs.event && l.pfs.description.startsWith("PROGRESSION")).length,
  );
  // The fixture's S02-0007 line 1 is a PR reported by its site without a date.
  assert.equal(undatedResponses, 1);
  assert.equal(
    markers.response.length + undatedResponses,
    lines.filter((l) => l.best.response === "CR" || l.best.response === "PR").length,
  );
});

/**
 * The box a marker covers in the drawing: a circle's, or a symbol path's points rotated and
 * moved, plus half the stroke.
 */
function markerBox(mark: Element): { x1: number; x2: number; y1: number; y2: number } {
  const origin = position(mark);
  const d = mark.getAttribute("d") ?? "";
  const stroke = Number(mark.closest("[stroke-width]")?.getAttribute("stroke-width") ?? 1) / 2;
  const numbers = [...d.matchAll(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g)].map((m) => Number(m[0]));
  let points: [number, number][];
  let [x, y] = [origin.x, origin.y];
  if (mark.tagName === "circle") {
    const r = Number(mark.getAttribute("r"));
    x += Number(mark.getAttribute("cx"));
    y += Number(mark.getAttribute("cy"));
    points = [[-r, -r], [r, r]];
  } else {
    points = [];
    for (let i = 0; i + 1 < numbers.length; i += 2) points.push([numbers[i]!, numbers[i + 1]!]);
  }
  const angle = Number(/rotate\(([-\d.]+)\)/.exec(mark.getAttribute("transform") ?? "")?.[1] ?? 0) *
    Math.PI / 180;
  const turned = points.map(([px, py]) => [
    px * Math.cos(angle) - py * Math.sin(angle),
    px * Math.sin(angle) + py * Math.cos(angle),
  ]);
  const xs = turned.map((p) => p[0]!);
  const ys = turned.map((p) => p[1]!);
  return {
    x1: x + Math.min(...xs) - stroke,
    x2: x + Math.max(...xs) + stroke,
    y1: y + Math.min(...ys) - stroke,
    y2: y + Math.max(...ys) + stroke,
  };
}

Deno.test("markers that share a date in a lane are drawn apart: none covers another", async () => {
  const inputs = await cohortInputs();
  // Move two patients' dates together: a response on the date of a progression, and a
  // progression on the date of death.
  const courses = structuredClone(inputs.courses) as PatientCourse[];
  const responds = (l: PatientCourse["lines"][number]) =>
    ["CR", "PR"].includes(l.best.response) && l.best.date !== null;
  const line = courses.flatMap((c) => c.lines).find(responds)!;
  Object.assign(line.pfs, { endDate: line.best.date!, event: true, description: "PROGRESSION" });
  const dying = courses.find((c) =>
    c.deathDate !== null && c.lines.at(-1)!.pfs.description.startsWith("PROGRESSION")
  )!;
  dying.lines.at(-1)!.pfs.endDate = dying.deathDate!;
  const drawn = swimmerLanes(courses, inputs.plan.daysPerMonth);
  const stats = structuredClone(inputs.stats);
  stats.figures.swimmer.markers.progression = drawn.markers.progression.length;
  const figure = drawSwimmer(
    courses,
    regimenPalette(courses.flatMap((c) => c.lines.map((l) => l.regimen))),
    inputs.labels.regimen,
    numberSource(stats, inputs.plan),
  );
  const svg = parseSvg(figure.svg);
  const kinds = Object.keys(SWIMMER_MARKERS);
  const markers = kinds.flatMap((kind) =>
    [...svg.querySelectorAll(`g[aria-description="${kind} markers"] :is(path, circle)`)].map(
      (mark) => ({ kind, box: markerBox(mark) }),
    )
  );
  const overlaps = (a: typeof markers[number]["box"], b: typeof markers[number]["box"]) =>
    a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
  const samePlace = (a: typeof markers[number], b: typeof markers[number]) =>
    Math.abs((a.box.x1 + a.box.x2) / 2 - (b.box.x1 + b.box.x2) / 2) < 1;
  let shared = 0;
  for (const [i, a] of markers.entries()) {
    for (const b of markers.slice(i + 1)) {
      if (a.kind === b.kind) continue;
      if (samePlace(a, b)) shared += 1;
      assert.ok(!overlaps(a.box, b.box), `a ${a.kind} marker covers a ${b.kind} marker`);
    }
  }
  assert.ok(shared >= 1, "the test moved a response onto a progression's date");
});

Deno.test("markerPlacement keeps a lane's response and progression apart at every lane height", () => {
  for (const lane of [3, 6, 9, 12]) {
    const response = markerPlacement("response", lane);
    const progression = markerPlacement("progression", lane);
    // A circle reaches r from its centre, a square diamond 1.25 r.
    assert.ok(progression.dy - 1.25 * progression.r >= response.dy + response.r, `lane ${lane}`);
    assert.ok(Math.abs(response.dy) + response.r <= lane / 2 + 0.5, `lane ${lane}: in the lane`);
    assert.ok(markerPlacement("death", lane).dx > 1.25 * progression.r, `lane ${lane}: past end`);
  }
});
