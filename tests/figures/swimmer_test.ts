import assert from "node:assert/strict";
import { swimmerLanes } from "../../pipeline/figures/swimmer/lanes.ts";
import { cohortInputs, cohortRecords } from "./_helpers.ts";

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
