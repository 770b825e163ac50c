/**
 * Which assessments of a line are adequate for PFS censoring (FDA 2018 guidance, Table A): those
 * whose time-point response is evaluable, so they could have shown progression.
 */
import assert from "node:assert/strict";
import type { AssessmentRow, LineRow } from "../../pipeline/_shared/contracts/cdm.ts";
import { deriveLineResponse } from "../../pipeline/derive/line_response.ts";

const OPTIONS = { minimumStableDiseaseDays: 42, minimumConfirmationDays: 28 };

const line: LineRow = {
  usubjid: "S01-0001",
  line: 1,
  line_reported: 1,
  source_site: "S01",
  regimen_reported: "sunitinib 37.5 mg",
  regimen: "sunitinib",
  regimen_class: "vegfr-tki",
  start_date: "2020-01-01",
  end_date: null,
  reason_stopped: "ongoing",
  best_response_reported: null,
  progression_date_reported: null,
  sources: "S01/lines.csv row 2",
};

/** An assessment of line 1 on `date`; measurements of a line with target and non-target lesions. */
function assessment(date: string, more: Partial<AssessmentRow> = {}): AssessmentRow {
  return {
    usubjid: "S01-0001",
    line: 1,
    assessment_date: date,
    target_sum_mm: null,
    target_nodal_sum_mm: null,
    target_nodal_max_mm: null,
    nontarget: "non-CR/non-PD",
    new_lesions: false,
    timepoint_response_reported: null,
    sources: `S01/tumour_assessments.csv ${date}`,
    ...more,
  };
}

Deno.test("deriveLineResponse leaves a final scan without the target sum out of the adequate ones", () => {
  // Baseline 50 mm. 2020-03-01: 45 mm (10 * 45 = 450 > 350, not PR; 450 < 600, not PD): SD,
  // adequate. 2020-05-01: target sum missing, no new lesion, non-target present: NE, so not
  // adequate although it is the last assessment.
  const r = deriveLineResponse(line, [
    assessment("2019-12-20", { target_sum_mm: 50 }),
    assessment("2020-03-01", { target_sum_mm: 45 }),
    assessment("2020-05-01"),
  ], OPTIONS);
  assert.deepEqual(r.timepoints.map((t) => t.response), ["SD", "NE"]);
  assert.deepEqual(r.assessmentDates, ["2020-03-01", "2020-05-01"]);
  assert.deepEqual(r.adequateAssessmentDates, ["2020-03-01"]);
});

Deno.test("deriveLineResponse counts a PD call as adequate even without the target sum", () => {
  // 2020-03-01: target sum missing but a new lesion: PD, which is adequate (it showed progression).
  const r = deriveLineResponse(line, [
    assessment("2019-12-20", { target_sum_mm: 50 }),
    assessment("2020-03-01", { new_lesions: true }),
  ], OPTIONS);
  assert.deepEqual(r.timepoints.map((t) => t.response), ["PD"]);
  assert.deepEqual(r.adequateAssessmentDates, ["2020-03-01"]);
});

Deno.test("deriveLineResponse treats reported NE time-points as not adequate", () => {
  // No baseline measurements: the site's time-point responses are used; the NE is not adequate.
  const reported = (date: string, code: "SD" | "NE") =>
    assessment(date, { nontarget: null, new_lesions: null, timepoint_response_reported: code });
  const r = deriveLineResponse(line, [
    reported("2020-03-01", "SD"),
    reported("2020-05-01", "NE"),
  ], OPTIONS);
  assert.equal(r.source, "timepoints");
  assert.deepEqual(r.assessmentDates, ["2020-03-01", "2020-05-01"]);
  assert.deepEqual(r.adequateAssessmentDates, ["2020-03-01"]);
});
