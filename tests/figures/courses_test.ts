import assert from "node:assert/strict";
import type {
  AdslRecord,
  AdtteRecord,
  BestResponseRecord,
} from "../../pipeline/_shared/contracts/adam_records.ts";
import { PipelineError } from "../../pipeline/_shared/stage.ts";
import { patientCourses } from "../../pipeline/figures/courses.ts";
import { cohortRecords } from "./_helpers.ts";

const PATIENT: AdslRecord = {
  usubjid: "S01-0001",
  siteid: "S01",
  sites: ["S01"],
  sex: "F",
  age: 30,
  stage: "metastatic",
  metastatic: true,
  primarySite: "limb",
  fusion: "EWSR1-ATF1",
  lines: 2,
  firstLineStart: "2015-02-01",
  lastLineStart: "2015-08-01",
  advancedDate: "2015-01-10",
  lastAliveDate: "2016-03-01",
  deathDate: "2016-03-01",
};
const best = (line: number, response: "PR" | "SD"): BestResponseRecord => ({
  usubjid: "S01-0001",
  line,
  regimen: line === 1 ? "sunitinib" : "doxorubicin",
  regimenClass: line === 1 ? "vegfr-tki" : "anthracycline-based",
  response,
  date: line === 1 ? "2015-03-20" : null,
  percentChange: line === 1 ? -41.2 : null,
  source: "DERIVED FROM MEASUREMENTS",
});
const pfs = (line: number, start: string, end: string): AdtteRecord => ({
  usubjid: "S01-0001",
  paramcd: "PFS",
  line,
  regimen: null,
  regimenClass: null,
  startDate: start,
  endDate: end,
  days: 0,
  event: true,
  description: "PROGRESSION (RECIST 1.1 FROM MEASUREMENTS)",
});

Deno.test("patientCourses joins each PFS row with its line's headline best response, lines in order", () => {
  const [course] = patientCourses(
    [PATIENT],
    [best(2, "SD"), best(1, "PR")],
    [pfs(2, "2015-08-01", "2016-01-01"), pfs(1, "2015-02-01", "2015-07-01")],
  );
  assert.deepEqual(course?.lines.map((l) => [l.line, l.regimen, l.startDate, l.best.response]), [
    [1, "sunitinib", "2015-02-01", "PR"],
    [2, "doxorubicin", "2015-08-01", "SD"],
  ]);
  assert.deepEqual(course?.lines[0]?.best, {
    response: "PR",
    date: "2015-03-20",
    percentChange: -41.2,
  });
  assert.equal(course?.deathDate, "2016-03-01");
});

Deno.test("patientCourses names the patient and line that has no headline best response", () => {
  assert.throws(
    () => patientCourses([PATIENT], [best(1, "PR")], [pfs(2, "2015-08-01", "2016-01-01")]),
    (e) =>
      e instanceof PipelineError && /S01-0001 line 2 has no headline best response/.test(e.message),
  );
});

Deno.test("patientCourses reads the fixture cohort: 18 patients, every one with lines 1, 2, ... in order", () => {
  const { adsl, responses, adtte } = cohortRecords();
  const courses = patientCourses(adsl, responses, adtte);
  assert.equal(courses.length, 18);
  for (const c of courses) {
    assert.ok(c.lines.length >= 1, c.usubjid);
    assert.deepEqual(c.lines.map((l) => l.line), c.lines.map((_, i) => i + 1), c.usubjid);
  }
});
