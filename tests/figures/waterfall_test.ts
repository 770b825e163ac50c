import assert from "node:assert/strict";
import { RESPONSE_PAINT } from "../../pipeline/figures/_common/palette.ts";
import type { PatientCourse } from "../../pipeline/figures/courses.ts";
import { CAP, drawnExtent, waterfallBars } from "../../pipeline/figures/waterfall/bars.ts";
import { drawWaterfall, MIN_BAR_PX } from "../../pipeline/figures/waterfall/mod.ts";
import { cohortInputs, markTexts, parseSvg } from "./_helpers.ts";

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

Deno.test("drawnExtent centres a 0% bar on the zero line and lengthens only bars shorter than the minimum", () => {
  assert.deepEqual(drawnExtent(0, 3), [-1.5, 1.5]);
  assert.deepEqual(drawnExtent(1, 3), [0, 3]);
  assert.deepEqual(drawnExtent(-2.9, 3), [0, -3]);
  assert.deepEqual(drawnExtent(3, 3), [0, 3]);
  assert.deepEqual(drawnExtent(-57.5, 3), [0, -57.5]);
});

Deno.test("every waterfall bar, 0% included, is drawn at least MIN_BAR_PX high in its response's colour", async () => {
  const inputs = await cohortInputs();
  // Make one line's change exactly 0%, as several lines of the real cohort have.
  const courses = structuredClone(inputs.courses) as PatientCourse[];
  const zero = courses.flatMap((c) => c.lines).find((l) => l.best.percentChange !== null)!;
  zero.best.percentChange = 0;
  const figure = drawWaterfall(courses, inputs.labels.regimen, inputs.numbers);
  const svg = parseSvg(figure.svg);
  const bars = [...svg.querySelectorAll('g[aria-description="bars"] rect')];
  assert.equal(
    bars.length,
    courses.flatMap((c) => c.lines).filter((l) => l.best.percentChange !== null).length,
  );
  for (const bar of bars) {
    const title = bar.querySelector("title")?.textContent ?? "";
    assert.ok(Number(bar.getAttribute("height")) >= MIN_BAR_PX - 1e-9, `${title} is too short`);
    const response = / (CR|PR|SD|PD|NE), /.exec(title)![1] as keyof typeof RESPONSE_PAINT;
    assert.equal(bar.getAttribute("fill"), RESPONSE_PAINT[response].fill, title);
  }
  assert.ok(bars.some((b) => / 0\.0%$/.test(b.querySelector("title")?.textContent ?? "")));
  // The RECIST thresholds are drawn and labelled.
  assert.deepEqual(markTexts(svg, "threshold labels").map((t) => t.text), [
    "PR −30%",
    "PD +20%",
  ]);
});
