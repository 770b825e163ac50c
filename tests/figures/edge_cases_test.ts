import assert from "node:assert/strict";
import type { PatientCourse } from "../../pipeline/figures/courses.ts";
import { drawFigures } from "../../pipeline/figures/draw_figures.ts";
import { cohortInputs, markTexts, parseSvg } from "./_helpers.ts";

/** One patient alive, one line without response data or measurements, PFS censored at 0 days. */
const LONE: PatientCourse = {
  usubjid: "S01-0001",
  advancedDate: "2019-01-01",
  lastAliveDate: "2019-03-01",
  deathDate: null,
  os: { days: 59, event: false },
  lines: [{
    line: 1,
    regimen: "trabectedin",
    regimenClass: "trabectedin",
    startDate: "2019-01-10",
    pfs: { endDate: "2019-01-10", days: 0, event: false, description: "START OF LINE" },
    best: { response: "NE", date: null, percentChange: null, source: "NO RESPONSE DATA" },
  }],
};

function loneQuality() {
  const excluded = {
    not_molecularly_confirmed: 0,
    no_systemic_therapy_for_advanced_disease: 0,
    treated_outside_study_window: 0,
  };
  const merged = { duplicate_row: 0, referral_merged: 0 };
  return {
    reconciliation: {
      files: [{ site: "S01", table: "patients", rowsRead: 1, included: 1, excluded, merged }],
    },
  };
}

Deno.test("every figure draws a one-patient cohort: no median, no class curve, no bars", async () => {
  const { labels, plan } = await cohortInputs();
  const figures = drawFigures({ courses: [LONE], quality: loneQuality(), labels, plan });
  assert.equal(figures.length, 6);
  for (const figure of figures) parseSvg(figure.svg);
  const [os, pfs, , waterfall] = figures;
  assert.match(os!.caption, /median overall survival, not reached/);
  assert.deepEqual(markTexts(parseSvg(os!.svg), "median label"), []);
  assert.match(pfs!.caption, /No regimen class has at least 5 lines/);
  assert.match(waterfall!.caption, /Waterfall plot of the 0 lines/);
});
