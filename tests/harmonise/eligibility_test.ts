/** Eligibility and line pooling on hand-made persons. */

import assert from "node:assert/strict";
import { eligibility } from "../../pipeline/_shared/eligibility.ts";
import { groupPersons, type Person } from "../../pipeline/harmonise/persons.ts";
import { poolLines } from "../../pipeline/harmonise/pool_lines.ts";
import type { AssessmentRecord } from "../../pipeline/harmonise/ingest_records.ts";
import { line, patient, WINDOW } from "./fixture.ts";

function person(p = patient("S01", "1"), lines = [line(p, 1, "2010-02-01")]): Person {
  return { id: p.usubjid, canonical: p, records: [p], lines, assessments: [] };
}

Deno.test("eligibility applies the criteria in order: confirmation, advanced therapy, window", () => {
  const unconfirmed = patient("S01", "1", { molecular_confirmation: "no" });
  assert.equal(eligibility(person(unconfirmed, []), WINDOW)?.reason, "not_molecularly_confirmed");
  const p = patient("S01", "2");
  const perioperative = [line(p, 1, "2010-02-01", { setting: "perioperative" })];
  const excluded = eligibility(person(p, perioperative), WINDOW);
  assert.equal(excluded?.reason, "no_systemic_therapy_for_advanced_disease");
  assert.match(excluded?.detail ?? "", /1 perioperative line only/);
  assert.equal(eligibility(person(p), WINDOW), undefined);
});

Deno.test("the therapy window is inclusive at both ends and judged on the first advanced line", () => {
  const p = patient("S01", "1");
  assert.equal(eligibility(person(p, [line(p, 1, "1985-06-01")]), WINDOW), undefined);
  assert.equal(eligibility(person(p, [line(p, 1, "2021-05-31")]), WINDOW), undefined);
  const early = eligibility(
    person(p, [line(p, 1, "1985-05-31"), line(p, 2, "1990-01-01")]),
    WINDOW,
  );
  assert.equal(early?.reason, "treated_outside_study_window");
  assert.match(early?.detail ?? "", /starts 1985-05-31, outside 1985-06-01 to 2021-05-31/);
  // A perioperative line before the window does not count: the first advanced line is inside.
  const lines = [line(p, 1, "1984-01-01", { setting: "perioperative" }), line(p, 2, "1986-01-01")];
  assert.equal(eligibility(person(p, lines), WINDOW), undefined);
});

Deno.test("molecular confirmation by any reporting site counts", () => {
  const a = patient("S01", "1", { molecular_confirmation: "no" });
  const b = patient("S02", "4", { molecular_confirmation: "yes", person: a.usubjid });
  const [merged] = groupPersons({
    patients: [b, a],
    lines: [line(a, 1, "2010-02-01")],
    assessments: [],
  });
  assert.equal(merged?.canonical, a);
  assert.equal(eligibility(merged!, WINDOW), undefined);
});

Deno.test("pooling keeps the canonical site's copy of a repeated line and renumbers by start date", () => {
  const a = patient("S02", "1");
  const b = patient("S01", "9", { person: a.usubjid });
  const lines = [
    line(b, 1, "2010-02-01"), // S01 repeats S02's line 1 (same start, same regimen)
    line(b, 2, "2010-09-01", { regimen: "pazopanib" }),
    line(a, 1, "2010-02-01"),
    line(a, 2, "2011-03-01", { regimen: "sunitinib" }),
    line(a, 3, "2009-01-01", { setting: "perioperative" }),
  ];
  const assessment = (p: typeof a, lineReported: number, date: string): AssessmentRecord => ({
    site: p.site,
    file: "a.csv",
    row: "row 2",
    case_id: p.case_id,
    usubjid: p.usubjid,
    person: p.person,
    line_reported: lineReported,
    assessment_date: date,
    target_sum_mm: 40,
    target_nodal_sum_mm: null,
    target_nodal_max_mm: null,
    nontarget: null,
    new_lesions: null,
    timepoint_response: null,
  });
  const assessments = [
    assessment(b, 1, "2010-04-01"),
    assessment(a, 1, "2010-04-01"),
    assessment(a, 3, "2009-02-01"),
  ];
  const [p] = groupPersons({ patients: [a, b], lines, assessments });
  const pooled = poolLines(p!);
  assert.deepEqual(
    pooled.lines.map(({ record, line }) => [line, record.site, record.line_reported]),
    [
      [1, "S02", 1],
      [2, "S01", 2],
      [3, "S02", 2],
    ],
  );
  assert.deepEqual(pooled.merged.map((r) => [r.site, r.line_reported]), [["S01", 1], ["S01", 1]]);
  assert.deepEqual(pooled.assessments.map(({ record, line }) => [record.site, line]), [["S02", 1]]);
  assert.deepEqual(pooled.perioperative.map((r) => r.line_reported), [3]);
});
