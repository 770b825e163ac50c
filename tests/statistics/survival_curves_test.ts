import assert from "node:assert/strict";
import type { AdtteRecord } from "../../pipeline/_shared/contracts/adam_records.ts";
import { MAX_TICK_INTERVALS } from "../../pipeline/_shared/contracts/curves.ts";
import { classesToDraw, survivalCurves } from "../../pipeline/statistics/survival_curves.ts";

const record = (days: number, event: boolean, regimenClass = "c"): AdtteRecord => ({
  usubjid: `S01-${days}-${event}`,
  paramcd: "PFS",
  line: 1,
  regimen: "r",
  regimenClass,
  startDate: "2020-01-01",
  endDate: "2020-01-01",
  days,
  event,
  description: event ? "DEATH" : "LAST CONTACT",
});

Deno.test("a subject censored exactly at a tick is still at risk there", () => {
  // One day per month, so ticks fall on whole days. At risk at t = subjects with time >= t:
  // t = 0: all 5; t = 1: 5 (the event at 1 is at risk at 1); t = 2: times 2, 2, 3, 5 -> 4
  // (the censoring at 2 still counts); t = 3: 3, 5 -> 2; t = 4: 5 -> 1; t = 5: 1; t = 6: 0.
  const pfs = [
    record(1, true),
    record(2, true),
    record(2, false),
    record(3, false),
    record(5, true),
  ];
  const os = pfs.map((r) => ({ ...r, paramcd: "OS" as const }));
  const curves = survivalCurves([...os, ...pfs], {
    daysPerMonth: 1,
    level: 0.95,
    headlineCi: "spss",
    minimumClassSize: 1,
  });
  assert.deepEqual(curves.os.ticks, [0, 1, 2, 3, 4, 5]);
  assert.deepEqual(curves.os.curves[0]!.atRisk.map((c) => c.nRisk), [5, 5, 4, 2, 1, 1]);
  assert.equal(curves.os.bandMethod, "log", "the SPSS-style headline has no band: R's log band");
});

Deno.test("classesToDraw keeps classes with enough lines, largest first, ties by code", () => {
  const lines = [
    ...Array.from({ length: 3 }, () => record(5, true, "b")),
    ...Array.from({ length: 3 }, () => record(5, true, "a")),
    ...Array.from({ length: 4 }, () => record(5, true, "z")),
    record(5, true, "small"),
  ];
  assert.deepEqual(classesToDraw(lines, 3), ["z", "a", "b"]);
});

Deno.test("the PFS curves by class carry every line's curve as their reference, on their ticks", () => {
  // Class a: 3 lines to 40 months; class b: 3 lines; one line of a small class runs longest.
  const pfs = [
    record(10, true, "a"),
    record(20, true, "a"),
    record(40, false, "a"),
    record(5, true, "b"),
    record(15, true, "b"),
    record(25, true, "b"),
    record(130, false, "small"),
  ];
  const os = pfs.map((r) => ({ ...r, paramcd: "OS" as const }));
  const curves = survivalCurves([...os, ...pfs], {
    daysPerMonth: 1,
    level: 0.95,
    headlineCi: "log",
    minimumClassSize: 3,
  });
  const set = curves.pfs_by_class;
  assert.deepEqual(set.curves.map((c) => c.key), ["a", "b"]);
  assert.equal(set.reference?.statsId, "pfs_all_lines");
  assert.equal(set.reference?.n, 7);
  // The axis spans the reference's longest time (130) in at most six intervals: 0, 24, ..., 144.
  assert.deepEqual(set.ticks, [0, 24, 48, 72, 96, 120, 144]);
  assert.ok(set.ticks.length - 1 <= MAX_TICK_INTERVALS.pfs_by_class);
  assert.deepEqual(set.reference?.atRisk.map((c) => c.nRisk), [7, 3, 1, 1, 1, 1, 0]);
  assert.deepEqual(set.curves[0]!.atRisk.map((c) => c.nRisk), [3, 1, 0, 0, 0, 0, 0]);
  assert.equal(curves.os.reference, null, "overall survival has no reference curve");
  assert.ok(curves.os.ticks.length - 1 <= MAX_TICK_INTERVALS.os);
});
