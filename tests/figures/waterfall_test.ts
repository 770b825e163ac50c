import assert from "node:assert/strict";
import { CAP, waterfallBars } from "../../pipeline/figures/waterfall/bars.ts";
import type { PatientCourse } from "../../pipeline/figures/courses.ts";
import { cohortInputs } from "./_helpers.ts";

function course(usubjid: string, changes: (number | null)[]): PatientCourse {
  return {
    usubjid,
    advancedDate: "2015-01-01",
    lastAliveDate: "2016-01-01",
    deathDate: null,
    lines: changes.map((change, i) => ({
      line: i + 1,
      regimen: "doxorubicin",
      regimenClass: "anthracycline-based",
      startDate: "2015-02-01",
      pfs: { endDate: "2015-06-01", event: true, description: "PROGRESSION" },
      best: { response: "SD", date: null, percentChange: change },
    })),
  };
}

Deno.test("waterfallBars keeps lines with a change, largest growth first, ties by patient", () => {
  const { bars } = waterfallBars([course("S02-0001", [-40, null, 12]), course("S01-0003", [12])]);
  assert.deepEqual(bars.map((b) => [b.key, b.change]), [
    ["S01-0003 line 1", 12],
    ["S02-0001 line 3", 12],
    ["S02-0001 line 1", -40],
  ]);
});

Deno.test("waterfallBars draws growth beyond +100% at +100% and keeps the value", () => {
  const { bars, low, high, ticks } = waterfallBars([course("S01-0001", [180, -100, 30])]);
  assert.deepEqual(bars.map((b) => [b.change, b.shown]), [[180, CAP], [30, 30], [-100, -100]]);
  assert.deepEqual([low, high], [-100, 100]);
  assert.deepEqual(ticks, [-100, -80, -60, -40, -20, 0, 20, 40, 60, 80, 100]);
});

Deno.test("the waterfall of the fixture has one bar per line with a target-lesion change", async () => {
  const { courses } = await cohortInputs();
  const { bars } = waterfallBars(courses);
  const measured = courses.flatMap((c) => c.lines).filter((l) => l.best.percentChange !== null);
  assert.equal(bars.length, measured.length);
  assert.ok(bars.some((b) => b.change > CAP), "the fixture plants a growth beyond +100%");
});
