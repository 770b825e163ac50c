import assert from "node:assert/strict";
import { PipelineError } from "../../pipeline/_shared/stage.ts";
import { parseCourses } from "../../pipeline/figures/courses.ts";
import { cohortText } from "./_helpers.ts";

const ADSL = "USUBJID,ADVDT,LSTALVDT,DTHFL,DTHDT\n" +
  "S01-0001,2015-01-10,2016-03-01,Y,2016-03-01\n" +
  "S02-0002,2017-05-02,2019-01-20,N,\n";
const ADRS = "USUBJID,LINE,REGIMEN,REGCLASS,PARAMCD,ADT,AVALC,RSSRC,PCHG,ANL01FL\n" +
  "S01-0001,1,sunitinib,vegfr-tki,OVRLRESP,2015-03-20,PR,DERIVED FROM MEASUREMENTS,-41.20,\n" +
  "S01-0001,1,sunitinib,vegfr-tki,BOR,2015-03-20,PR,DERIVED FROM MEASUREMENTS,-41.20,Y\n" +
  "S01-0001,1,sunitinib,vegfr-tki,CBOR,,SD,DERIVED FROM MEASUREMENTS,-41.20,\n" +
  "S02-0002,1,doxorubicin,anthracycline-based,BOR,,NE,NO RESPONSE DATA,,Y\n";
const ADTTE = "USUBJID,PARAMCD,LINE,REGIMEN,REGCLASS,STARTDT,ADT,AVALDY,CNSR,EVNTDESC,CNSDTDSC\n" +
  "S01-0001,OS,,,,2015-01-10,2016-03-01,416,0,DEATH,\n" +
  "S02-0002,OS,,,,2017-05-02,2019-01-20,628,1,,LAST CONTACT\n" +
  "S01-0001,PFS,1,sunitinib,vegfr-tki,2015-02-01,2015-07-01,150,0,PROGRESSION (RECIST 1.1 FROM MEASUREMENTS),\n" +
  "S02-0002,PFS,1,doxorubicin,anthracycline-based,2017-06-01,2017-10-01,122,1,,END OF LINE\n";

Deno.test("parseCourses joins ADSL, the headline best response and ADTTE per patient and line", () => {
  const [first, second] = parseCourses({ adsl: ADSL, adrs: ADRS, adtte: ADTTE });
  assert.deepEqual(first, {
    usubjid: "S01-0001",
    advancedDate: "2015-01-10",
    lastAliveDate: "2016-03-01",
    deathDate: "2016-03-01",
    os: { days: 416, event: true },
    lines: [{
      line: 1,
      regimen: "sunitinib",
      regimenClass: "vegfr-tki",
      startDate: "2015-02-01",
      pfs: {
        endDate: "2015-07-01",
        days: 150,
        event: true,
        description: "PROGRESSION (RECIST 1.1 FROM MEASUREMENTS)",
      },
      best: {
        response: "PR",
        date: "2015-03-20",
        percentChange: -41.2,
        source: "DERIVED FROM MEASUREMENTS",
      },
    }],
  });
  assert.equal(second?.deathDate, null);
  assert.deepEqual(second?.lines[0]?.best, {
    response: "NE",
    date: null,
    percentChange: null,
    source: "NO RESPONSE DATA",
  });
  assert.equal(second?.lines[0]?.pfs.description, "END OF LINE");
});

Deno.test("parseCourses names the patient and line that has no headline best response", () => {
  const adrs = ADRS.split("\n").filter((l) => !l.startsWith("S02-0002")).join("\n");
  assert.throws(
    () => parseCourses({ adsl: ADSL, adrs, adtte: ADTTE }),
    (e) =>
      e instanceof PipelineError &&
      /adtte\.csv, data row 4: S02-0002 line 1 has no headline best response/.test(e.message),
  );
});

Deno.test("parseCourses names the patient without an OS row and a dead patient without a date", () => {
  const adtte = ADTTE.split("\n").filter((l) => !l.startsWith("S02-0002,OS")).join("\n");
  assert.throws(
    () => parseCourses({ adsl: ADSL, adrs: ADRS, adtte }),
    (e) => e instanceof PipelineError && /S02-0002 has no OS row in adtte\.csv/.test(e.message),
  );
  const adsl = ADSL.replace("Y,2016-03-01", "Y,");
  assert.throws(
    () => parseCourses({ adsl, adrs: ADRS, adtte: ADTTE }),
    (e) =>
      e instanceof PipelineError &&
      /adsl\.csv, data row 1: column DTHDT is empty or missing/.test(e.message),
  );
});

Deno.test("parseCourses reads the fixture cohort: every patient with its lines in order", () => {
  const courses = parseCourses(cohortText());
  assert.equal(courses.length, 18);
  for (const c of courses) {
    assert.ok(c.lines.length >= 1, c.usubjid);
    assert.deepEqual(c.lines.map((l) => l.line), c.lines.map((_, i) => i + 1), c.usubjid);
  }
});
