import assert from "node:assert/strict";
import type { Quality } from "../../pipeline/_shared/contracts/quality.ts";
import { plainText } from "../../pipeline/_shared/prose/inline.ts";
import { drawFigures } from "../../pipeline/figures/draw_figures.ts";
import type { StatisticsInput } from "../../pipeline/statistics/compute.ts";
import { cohortInputs, markTexts, parseSvg } from "./_helpers.ts";

const ZERO_EXCLUDED = {
  not_molecularly_confirmed: 0,
  no_systemic_therapy_for_advanced_disease: 0,
  treated_outside_study_window: 0,
  not_advanced_setting: 0,
};
const ZERO_MERGED = { duplicate_row: 0, referral_merged: 0 };
const ONE_ROW = {
  site: "S01",
  file: "patients.csv",
  table: "patients",
  rowsRead: 1,
  included: 1,
  excluded: ZERO_EXCLUDED,
  merged: ZERO_MERGED,
  balanced: true,
};

/** One patient alive, one line without response data or measurements, PFS censored at 0 days. */
const LONE_RESPONSE = {
  usubjid: "S01-0001",
  line: 1,
  regimen: "trabectedin",
  regimenClass: "trabectedin",
  response: "NE" as const,
  date: null,
  percentChange: null,
  source: "NO RESPONSE DATA",
};

const LONE: StatisticsInput = {
  adsl: [{
    usubjid: "S01-0001",
    siteid: "S01",
    sites: ["S01"],
    sex: "F",
    age: 40,
    stage: "metastatic",
    metastatic: true,
    primarySite: "limb",
    fusion: "EWSR1-ATF1",
    lines: 1,
    firstLineStart: "2019-01-10",
    lastLineStart: "2019-01-10",
    advancedDate: "2019-01-01",
    lastAliveDate: "2019-03-01",
    deathDate: null,
  }],
  responses: [LONE_RESPONSE],
  sensitivity: { parameter: "CBOR", responses: [LONE_RESPONSE] },
  adtte: [
    {
      usubjid: "S01-0001",
      paramcd: "OS",
      line: null,
      regimen: null,
      regimenClass: null,
      startDate: "2019-01-01",
      endDate: "2019-03-01",
      days: 59,
      event: false,
      description: "LAST CONTACT",
    },
    {
      usubjid: "S01-0001",
      paramcd: "PFS",
      line: 1,
      regimen: "trabectedin",
      regimenClass: "trabectedin",
      startDate: "2019-01-10",
      endDate: "2019-01-10",
      days: 0,
      event: false,
      description: "START OF LINE",
    },
  ],
  quality: {
    cohort: {
      sites: ["S01"],
      patientRowsRead: 1,
      merged: ZERO_MERGED,
      patients: 1,
      excluded: {
        not_molecularly_confirmed: 0,
        no_systemic_therapy_for_advanced_disease: 0,
        treated_outside_study_window: 0,
      },
      included: 1,
    },
    reconciliation: { files: [ONE_ROW], sites: [ONE_ROW], total: ONE_ROW, balanced: true },
    exclusions: [],
    warnings: [],
  } as Quality,
};

Deno.test("every figure draws a one-patient cohort: no median, no class curve, no bars", async () => {
  const figures = drawFigures(await cohortInputs(LONE));
  assert.equal(figures.length, 7);
  for (const figure of figures) parseSvg(figure.svg);
  const [os, pfs, , waterfall] = figures;
  assert.match(plainText(os!.caption), /median overall survival was not reached/);
  assert.deepEqual(markTexts(parseSvg(os!.svg), "median label"), []);
  assert.doesNotMatch(os!.svg, /median confidence interval/, "no median, no interval bar");
  assert.doesNotMatch(pfs!.svg, /aria-label="panel /, "no class has enough lines for a panel");
  assert.match(plainText(pfs!.caption), /No regimen class has at least 5 lines/);
  assert.match(plainText(waterfall!.caption), /Waterfall plot of the 0 lines/);
});
