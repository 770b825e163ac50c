/**
 * Hand-worked PFS and OS cases. Day counts are written out in the comments; months are not
 * involved here (the derive stage keeps whole days).
 */
import assert from "node:assert/strict";
import type { FollowupRow, LineRow, PatientRow } from "../../pipeline/_shared/contracts/cdm.ts";
import type { AnalysisPlan } from "../../pipeline/_shared/analysis_plan.ts";
import type { LineResponse } from "../../pipeline/derive/line_response.ts";
import {
  deriveOverallSurvival,
  deriveProgressionFreeSurvival,
} from "../../pipeline/derive/time_to_event.ts";

const PFS_PLAN: AnalysisPlan["progressionFreeSurvival"] = {
  deathIsEvent: true,
  censorWithoutAssessment: "line_end",
  censorAt: "last_assessment",
  eventsAfterNextLine: "count_progression_only",
};

const line: LineRow = {
  usubjid: "S01-0001",
  line: 1,
  line_reported: 1,
  source_site: "S01",
  regimen_reported: "sunitinib 37.5 mg",
  regimen: "sunitinib",
  regimen_class: "vegfr-tki",
  start_date: "2020-01-01",
  end_date: "2020-06-30",
  reason_stopped: "progression",
  best_response_reported: null,
  progression_date_reported: null,
  sources: "S01/lines.csv row 2",
};

function response(
  progressionDate: string | null,
  assessmentDates: string[],
  source: LineResponse["source"] = "measurements",
): LineResponse {
  const best = { response: "SD" as const, responseDate: null, progressionDate };
  return {
    source,
    baseline: null,
    timepoints: [],
    unconfirmed: best,
    confirmed: best,
    bestPercentChange: null,
    assessmentDates,
    adequateAssessmentDates: assessmentDates,
  };
}

const alive: FollowupRow = {
  usubjid: "S01-0001",
  last_contact_date: "2021-01-01",
  vital_status: "alive",
  death_date: null,
  sources: "S01/patients.csv row 2",
};

/** Follow-up of a patient who died on `date` (last contact is the date of death). */
function diedOn(date: string): FollowupRow {
  return { ...alive, vital_status: "dead", death_date: date, last_contact_date: date };
}

Deno.test("PFS: progression at an assessment is an event on that day", () => {
  // 2020-01-01 -> 2020-03-01: 31 (Jan) + 29 (Feb 2020) = 60 days.
  const pfs = deriveProgressionFreeSurvival(
    line,
    response("2020-03-01", ["2020-03-01"]),
    null,
    alive,
    PFS_PLAN,
  );
  assert.deepEqual([pfs.days, pfs.cnsr, pfs.eventDescription], [
    60,
    0,
    "PROGRESSION (RECIST 1.1 FROM MEASUREMENTS)",
  ]);
});

Deno.test("PFS: progression on the last assessment day is an event, not a censoring", () => {
  // Assessments on 2020-02-15 and 2020-04-15; PD at the last one: 31 + 29 + 31 + 14 = 105 days.
  const pfs = deriveProgressionFreeSurvival(
    line,
    response("2020-04-15", ["2020-02-15", "2020-04-15"]),
    null,
    alive,
    PFS_PLAN,
  );
  assert.deepEqual([pfs.endDate, pfs.days, pfs.cnsr], ["2020-04-15", 105, 0]);
});

Deno.test("PFS: death without progression before the next line is an event", () => {
  // Died 2020-05-10: 31 + 29 + 31 + 30 + 9 = 130 days.
  const dead = diedOn("2020-05-10");
  const pfs = deriveProgressionFreeSurvival(
    line,
    response(null, ["2020-03-01"]),
    null,
    dead,
    PFS_PLAN,
  );
  assert.deepEqual([pfs.days, pfs.cnsr, pfs.eventDescription], [130, 0, "DEATH"]);
});

Deno.test("PFS: death after the next line started censors the earlier line", () => {
  // Next line from 2020-04-01, death 2020-05-10: line 1 is censored at its last assessment,
  // 2020-03-01 (60 days).
  const dead = diedOn("2020-05-10");
  const pfs = deriveProgressionFreeSurvival(
    line,
    response(null, ["2020-03-01"]),
    "2020-04-01",
    dead,
    PFS_PLAN,
  );
  assert.deepEqual([pfs.days, pfs.cnsr, pfs.censorDescription], [60, 1, "LAST TUMOUR ASSESSMENT"]);
});

Deno.test("PFS: death without progression censors when the plan says deaths are not events", () => {
  const dead = diedOn("2020-05-10");
  const pfs = deriveProgressionFreeSurvival(line, response(null, ["2020-03-01"]), null, dead, {
    ...PFS_PLAN,
    deathIsEvent: false,
  });
  assert.deepEqual([pfs.days, pfs.cnsr], [60, 1]);
});

Deno.test("PFS: alive without progression at cut-off is censored at the last assessment", () => {
  // Last assessment 2020-09-01: 366 days in 2020 up to 2020-12-31; Jan..Aug 2020 =
  // 31+29+31+30+31+30+31+31 = 244 days.
  const pfs = deriveProgressionFreeSurvival(
    { ...line, end_date: null },
    response(null, ["2020-03-01", "2020-09-01"]),
    null,
    alive,
    PFS_PLAN,
  );
  assert.deepEqual([pfs.days, pfs.cnsr, pfs.censorDescription], [244, 1, "LAST TUMOUR ASSESSMENT"]);
});

Deno.test("PFS: a line lost to follow-up without assessments is censored at its end", () => {
  // No assessment; end 2020-06-30: 31+29+31+30+31+29 = 181 days.
  const lost: FollowupRow = { ...alive, last_contact_date: "2020-08-01" };
  const pfs = deriveProgressionFreeSurvival(
    line,
    response(null, [], "reported"),
    null,
    lost,
    PFS_PLAN,
  );
  assert.deepEqual([pfs.days, pfs.cnsr, pfs.censorDescription], [181, 1, "END OF LINE"]);
});

Deno.test("PFS: a censoring date never falls after last contact or the next line", () => {
  // Ongoing line without assessments, last contact 2020-08-01, next line 2020-07-01:
  // censored at the next line's start, 31+29+31+30+31+30 = 182 days.
  const pfs = deriveProgressionFreeSurvival(
    { ...line, end_date: null },
    response(null, [], "reported"),
    "2020-07-01",
    { ...alive, last_contact_date: "2020-08-01" },
    PFS_PLAN,
  );
  assert.deepEqual([pfs.days, pfs.cnsr, pfs.censorDescription], [182, 1, "START OF NEXT LINE"]);
});

Deno.test("PFS: the plan can censor lines without assessments at their start", () => {
  const pfs = deriveProgressionFreeSurvival(line, response(null, [], "none"), null, alive, {
    ...PFS_PLAN,
    censorWithoutAssessment: "line_start",
  });
  assert.deepEqual([pfs.days, pfs.cnsr, pfs.censorDescription], [0, 1, "START OF LINE"]);
});

const patient: PatientRow = {
  usubjid: "S01-0001",
  siteid: "S01",
  sites: "S01",
  sex: "F",
  age_at_diagnosis: 30,
  diagnosis_date: "2019-06-01",
  primary_site: "limb",
  stage_at_diagnosis: "localised",
  fusion: "EWSR1-ATF1",
  advanced_date: "2019-12-01",
  sources: "S01/patients.csv row 2",
};

Deno.test("OS: death is an event counted from the diagnosis of advanced disease", () => {
  // 2019-12-01 -> 2020-12-01: 366 days (2020 is a leap year).
  const dead = diedOn("2020-12-01");
  const os = deriveOverallSurvival(patient, "2020-01-01", dead, { origin: "advanced_diagnosis" });
  assert.deepEqual([os.startDate, os.days, os.cnsr, os.eventDescription], [
    "2019-12-01",
    366,
    0,
    "DEATH",
  ]);
});

Deno.test("OS: a patient alive at cut-off is censored at last contact", () => {
  // 2019-12-01 -> 2021-01-01: 31 + 366 = 397 days.
  const os = deriveOverallSurvival(patient, "2020-01-01", alive, { origin: "advanced_diagnosis" });
  assert.deepEqual([os.days, os.cnsr, os.censorDescription], [397, 1, "LAST CONTACT"]);
});

Deno.test("OS: the plan can start the clock at the first line", () => {
  // 2020-01-01 -> 2021-01-01: 366 days.
  const os = deriveOverallSurvival(patient, "2020-01-01", alive, { origin: "first_line_start" });
  assert.deepEqual([os.startDate, os.days], ["2020-01-01", 366]);
});

/** A response whose assessments are `dates`, of which only `adequate` could show progression. */
function withAdequate(
  progressionDate: string | null,
  dates: string[],
  adequate: string[],
): LineResponse {
  return { ...response(progressionDate, dates), adequateAssessmentDates: adequate };
}

const FDA: AnalysisPlan["progressionFreeSurvival"] = {
  ...PFS_PLAN,
  censorAt: "last_adequate_assessment",
  eventsAfterNextLine: "censor",
};

Deno.test("PFS: without an event, the FDA rule censors at the last adequate assessment", () => {
  // Assessments 2020-03-01 (adequate) and 2020-05-01 (target sum missing: NE, not adequate).
  // Last adequate: 2020-03-01 = 60 days; the last assessment would give 2020-05-01 = 121 days.
  const r = withAdequate(null, ["2020-03-01", "2020-05-01"], ["2020-03-01"]);
  const fda = deriveProgressionFreeSurvival(line, r, null, alive, FDA);
  assert.deepEqual([fda.endDate, fda.days, fda.cnsr, fda.censorDescription], [
    "2020-03-01",
    60,
    1,
    "LAST ADEQUATE TUMOUR ASSESSMENT",
  ]);
  const last = deriveProgressionFreeSurvival(line, r, null, alive, PFS_PLAN);
  assert.deepEqual([last.endDate, last.days, last.censorDescription], [
    "2020-05-01",
    121,
    "LAST TUMOUR ASSESSMENT",
  ]);
});

Deno.test("PFS: assessments of which none is adequate censor at the line's start (FDA)", () => {
  const r = withAdequate(null, ["2020-03-01"], []);
  const pfs = deriveProgressionFreeSurvival(line, r, null, alive, FDA);
  assert.deepEqual([pfs.days, pfs.cnsr, pfs.censorDescription], [
    0,
    1,
    "START OF LINE (NO ADEQUATE ASSESSMENT)",
  ]);
});

Deno.test("PFS: a progression after the next line started is censored, counted, as the plan says", () => {
  // Assessments 2020-03-01 and 2020-06-01, next line from 2020-07-01, PD on 2020-08-01.
  // censor: the last adequate assessment before the next line, 2020-06-01 = 152 days.
  // count and count_progression_only: the PD is an event, 2020-08-01 = 213 days.
  const r = response("2020-08-01", ["2020-03-01", "2020-06-01", "2020-08-01"]);
  const censor = deriveProgressionFreeSurvival(line, r, "2020-07-01", alive, FDA);
  assert.deepEqual([censor.endDate, censor.days, censor.cnsr, censor.censorDescription], [
    "2020-06-01",
    152,
    1,
    "LAST ADEQUATE TUMOUR ASSESSMENT BEFORE NEXT LINE",
  ]);
  for (const eventsAfterNextLine of ["count", "count_progression_only"] as const) {
    const plan = { ...FDA, eventsAfterNextLine };
    const counted = deriveProgressionFreeSurvival(line, r, "2020-07-01", alive, plan);
    assert.deepEqual([counted.endDate, counted.days, counted.cnsr, counted.eventDescription], [
      "2020-08-01",
      213,
      0,
      "PROGRESSION (RECIST 1.1 FROM MEASUREMENTS) AFTER START OF NEXT LINE",
    ]);
  }
});

Deno.test("PFS: a death after the next line started counts only under `count`", () => {
  // Assessment 2020-03-01, next line 2020-04-01, death 2020-05-10 (130 days).
  const r = response(null, ["2020-03-01"]);
  const dead = diedOn("2020-05-10");
  const count = deriveProgressionFreeSurvival(line, r, "2020-04-01", dead, {
    ...FDA,
    eventsAfterNextLine: "count",
  });
  assert.deepEqual([count.days, count.cnsr, count.eventDescription], [
    130,
    0,
    "DEATH AFTER START OF NEXT LINE",
  ]);
  for (const eventsAfterNextLine of ["censor", "count_progression_only"] as const) {
    const plan = { ...FDA, eventsAfterNextLine };
    const censored = deriveProgressionFreeSurvival(line, r, "2020-04-01", dead, plan);
    // Censored at the last assessment before the next line: 2020-03-01 = 60 days.
    assert.deepEqual([censored.days, censored.cnsr], [60, 1]);
  }
});

Deno.test("PFS: an event on the day the next line starts counts under every option", () => {
  // Next line from 2020-07-01; PD found that day (the progression that led to the next line):
  // not after the next line's start, so an event at 31+29+31+30+31+30 = 182 days, plain EVNTDESC.
  const r = response("2020-07-01", ["2020-03-01", "2020-07-01"]);
  const dead = diedOn("2020-07-01");
  for (const eventsAfterNextLine of ["censor", "count", "count_progression_only"] as const) {
    const plan = { ...FDA, eventsAfterNextLine };
    const pd = deriveProgressionFreeSurvival(line, r, "2020-07-01", alive, plan);
    assert.deepEqual([pd.days, pd.cnsr, pd.eventDescription], [
      182,
      0,
      "PROGRESSION (RECIST 1.1 FROM MEASUREMENTS)",
    ]);
    // A death that day, without progression, is an event too.
    const death = deriveProgressionFreeSurvival(line, response(null, []), "2020-07-01", dead, plan);
    assert.deepEqual([death.days, death.cnsr, death.eventDescription], [182, 0, "DEATH"]);
  }
});

Deno.test("PFS: the two options together choose the censoring date around the next line", () => {
  // Assessments 2020-03-01 (adequate), 2020-06-01 (adequate), 2020-07-01 (target sum missing,
  // not adequate; the next line starts that day) and 2020-08-01 (adequate, after it). Alive.
  const r = withAdequate(
    null,
    ["2020-03-01", "2020-06-01", "2020-07-01", "2020-08-01"],
    ["2020-03-01", "2020-06-01", "2020-08-01"],
  );
  type Pfs = AnalysisPlan["progressionFreeSurvival"];
  const pfs = (censorAt: Pfs["censorAt"], eventsAfterNextLine: Pfs["eventsAfterNextLine"]) =>
    deriveProgressionFreeSurvival(line, r, "2020-07-01", alive, {
      ...FDA,
      censorAt,
      eventsAfterNextLine,
    });
  const describe = (t: ReturnType<typeof pfs>) => [t.endDate, t.days, t.cnsr, t.censorDescription];
  // FDA: last adequate on or before 2020-07-01 is 2020-06-01: 31+29+31+30+31 = 152 days.
  assert.deepEqual(describe(pfs("last_adequate_assessment", "censor")), [
    "2020-06-01",
    152,
    1,
    "LAST ADEQUATE TUMOUR ASSESSMENT BEFORE NEXT LINE",
  ]);
  // Last assessment on or before 2020-07-01 is 2020-07-01 itself: 152 + 30 = 182 days.
  assert.deepEqual(describe(pfs("last_assessment", "censor")), [
    "2020-07-01",
    182,
    1,
    "LAST TUMOUR ASSESSMENT BEFORE NEXT LINE",
  ]);
  // Counting events after the next line: the last adequate assessment, 2020-08-01, is capped at
  // the next line's start, 2020-07-01: 182 days.
  assert.deepEqual(describe(pfs("last_adequate_assessment", "count")), [
    "2020-07-01",
    182,
    1,
    "START OF NEXT LINE",
  ]);
});
