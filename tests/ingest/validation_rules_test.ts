/**
 * One test per validation rule: a minimal broken export (the fixture with one value changed) must
 * stop ingest with a message naming the site, the file, the row as the file numbers it (or sheet
 * and cell), the column and the value found.
 */

import assert from "node:assert/strict";
import { buildXlsx } from "./xlsx_builder.ts";
import { fixtureWorkbookSheets } from "./fixture_workbook.ts";
import { editFile, ingestError, loadFixture, setFile } from "./fixture.ts";

Deno.test("an unparseable date names site, file, row, column and the value", async () => {
  const raw = await loadFixture();
  editFile(
    raw,
    "A01",
    "patients.csv",
    (t) => t.replace("2012-02-15,aponeurosis", "2012-02-30,aponeurosis"),
  );
  const message = await ingestError(raw);
  assert.match(
    message,
    /- A01 patients\.csv row 3, column "diagnosis" \(diagnosis_date\): found "2012-02-30"/,
  );
  assert.match(message, /rule unparseable-date: expected a date as YYYY-MM-DD/);
});

Deno.test("a date in another format than the spec's is unparseable, not guessed", async () => {
  const raw = await loadFixture();
  editFile(raw, "A02", "linee.csv", (t) => t.replace("01/11/2018", "2018-11-01"), "latin1");
  const message = await ingestError(raw);
  assert.match(
    message,
    /- A02 linee\.csv row 4, column "Inizio" \(start_date\): found "2018-11-01"/,
  );
  assert.match(message, /expected a date as DD\/MM\/YYYY/);
});

Deno.test("an unparseable date in a workbook names the sheet and cell", async () => {
  const raw = await loadFixture();
  const sheets = fixtureWorkbookSheets();
  const lines = sheets[1]?.rows[3];
  if (!lines) throw new Error("fixture workbook changed");
  lines[3] = "next spring";
  setFile(raw, "A04", "export.xlsx", buildXlsx(sheets));
  const message = await ingestError(raw);
  assert.match(
    message,
    /- A04 export\.xlsx Lines!D4, column "Start" \(start_date\): found "next spring"/,
  );
  assert.match(message, /expected a date as excel-serial/);
});

Deno.test("treatment before diagnosis is an impossible order", async () => {
  const raw = await loadFixture();
  editFile(
    raw,
    "A01",
    "lines.csv",
    (t) => t.replace("2,1,advanced,AI,2012-03-01", "2,1,advanced,AI,2011-03-01"),
  );
  const message = await ingestError(raw);
  assert.match(
    message,
    /- A01 lines\.csv row 4, column "start" \(start_date\): found "2011-03-01"/,
  );
  assert.match(
    message,
    /rule impossible-order: expected a start on or after the diagnosis \(2012-02-15\)/,
  );
});

Deno.test("death before a treatment starts is an impossible order", async () => {
  const raw = await loadFixture();
  editFile(
    raw,
    "A01",
    "lines.csv",
    (t) =>
      t.replace(
        "1,2,advanced,Pazopanib,2011-07-01,2012-01-15",
        "1,2,advanced,Pazopanib,2013-07-01,2013-08-15",
      ),
  );
  const message = await ingestError(raw);
  assert.match(
    message,
    /- A01 lines\.csv row 3, column "start" \(start_date\): found "2013-07-01"/,
  );
  assert.match(message, /before the date of death \(2013-04-01\): treatment cannot follow death/);
});

Deno.test("advanced disease before diagnosis is an impossible order", async () => {
  const raw = await loadFixture();
  editFile(
    raw,
    "A03",
    "export.json",
    (t) => t.replace('"adv_date": "2015-01-15"', '"adv_date": "2014-01-15"'),
  );
  const message = await ingestError(raw);
  assert.match(
    message,
    /- A03 export\.json record 1, column "adv_date" \(advanced_date\): found "2014-01-15"/,
  );
  assert.match(message, /rule impossible-order/);
});

Deno.test("a line ending before it starts is an impossible order", async () => {
  const raw = await loadFixture();
  editFile(
    raw,
    "A01",
    "lines.csv",
    (t) => t.replace("2014-04-01,2014-09-01", "2014-04-01,2014-03-01"),
  );
  const message = await ingestError(raw);
  assert.match(message, /- A01 lines\.csv row 6, column "end" \(end_date\): found "2014-03-01"/);
  assert.match(message, /expected a date on or after the line's start \(2014-04-01\)/);
});

Deno.test("an unknown code names the value and the codes the spec knows", async () => {
  const raw = await loadFixture();
  editFile(
    raw,
    "A02",
    "pazienti.csv",
    (t) =>
      t.replace("9;Testperson;Renée;03/03/1995;Femmina", "9;Testperson;Renée;03/03/1995;donna"),
    "latin1",
  );
  const message = await ingestError(raw);
  assert.match(message, /- A02 pazienti\.csv row 6, column "Sesso" \(sex\): found "donna"/);
  assert.match(message, /rule unknown-code: expected one of "Maschio", "Femmina"/);
});

Deno.test("an unknown REDCap code is reported at its record", async () => {
  const raw = await loadFixture();
  editFile(raw, "A03", "export.json", (t) => t.replace('"ta_tp": "4"', '"ta_tp": "9"'));
  const message = await ingestError(raw);
  assert.match(
    message,
    /- A03 export\.json record 5, column "ta_tp" \(timepoint_response\): found "9"/,
  );
});

Deno.test("a missing required field is reported, and a missing-value marker counts as missing", async () => {
  const raw = await loadFixture();
  editFile(
    raw,
    "A02",
    "pazienti.csv",
    (t) => t.replaceAll(";arto;localmente avanzato;", ";n.d.;localmente avanzato;"),
    "latin1",
  );
  const message = await ingestError(raw);
  // Both copies of case 8 (rows 4 and 5) lose their primary site.
  assert.match(
    message,
    /- A02 pazienti\.csv row 4, column "Sede" \(primary_site\): found "n\.d\."/,
  );
  assert.match(
    message,
    /- A02 pazienti\.csv row 5, column "Sede" \(primary_site\): found "n\.d\."/,
  );
  assert.match(message, /rule missing-required: expected a value: primary_site is required/);
});

Deno.test("a dead patient without a date of death is missing a required field", async () => {
  const raw = await loadFixture();
  editFile(
    raw,
    "A01",
    "patients.csv",
    (t) => t.replace("2013-04-01,dead,2013-04-01", "2013-04-01,dead,"),
  );
  const message = await ingestError(raw);
  assert.match(
    message,
    /- A01 patients\.csv row 2, column "died" \(death_date\): found nothing \(missing\)/,
  );
});

Deno.test("the same case number twice with different content is a duplicate key", async () => {
  const raw = await loadFixture();
  editFile(
    raw,
    "A01",
    "patients.csv",
    (t) => t.replace("4,Testperson,Delta", "2,Testperson,Delta"),
  );
  const message = await ingestError(raw);
  assert.match(message, /- A01 patients\.csv row 5, column "case_no" \(case_id\): found "2"/);
  assert.match(
    message,
    /rule duplicate-key: expected one patients row per case_id, but row 3 has the same key/,
  );
});

Deno.test("the same line number of a case twice is a duplicate key", async () => {
  const raw = await loadFixture();
  editFile(
    raw,
    "A01",
    "lines.csv",
    (t) => t.replace("1,2,advanced,Pazopanib", "1,1,advanced,Pazopanib"),
  );
  const message = await ingestError(raw);
  assert.match(message, /- A01 lines\.csv row 3, column "line" \(line\): found "1"/);
  assert.match(message, /one lines row per case_id \+ line, but row 2 has the same key/);
});

Deno.test("an unmapped regimen text is named, with the vocabulary row to add", async () => {
  const raw = await loadFixture();
  editFile(
    raw,
    "A01",
    "lines.csv",
    (t) => t.replace("2,2,advanced,Sunitinib", "2,2,advanced,Sutent 50 mg"),
  );
  const message = await ingestError(raw);
  assert.match(
    message,
    /- A01 lines\.csv row 5, column "regimen" \(regimen\): found "Sutent 50 mg"/,
  );
  assert.match(
    message,
    /rule unmapped-regimen: .*fix: add the row "Sutent 50 mg,<regimen>" to data\/vocabulary\/regimens\.csv/,
  );
});

Deno.test("a number with the wrong decimal mark is refused", async () => {
  const raw = await loadFixture();
  editFile(raw, "A02", "valutazioni.csv", (t) => t.replace("42,5", "42.5"), "latin1");
  const message = await ingestError(raw);
  assert.match(
    message,
    /- A02 valutazioni\.csv row 2, column "Somma \(mm\)" \(target_sum_mm\): found "42\.5"/,
  );
  assert.match(
    message,
    /rule invalid-number: expected a number >= 0 written with the decimal mark ","/,
  );
});

Deno.test("a line of a case the patients table lacks is an unknown case", async () => {
  const raw = await loadFixture();
  editFile(
    raw,
    "A01",
    "lines.csv",
    (t) => t.replace("3,1,advanced,Doxorubicin", "33,1,advanced,Doxorubicin"),
  );
  const message = await ingestError(raw);
  assert.match(message, /- A01 lines\.csv row 6, column "case_no" \(case_id\): found "33"/);
  assert.match(message, /rule unknown-case/);
});

Deno.test("an assessment of a line the lines table lacks is an unknown line", async () => {
  const raw = await loadFixture();
  editFile(raw, "A01", "assessments.tsv", (t) => t.replace("2\t1\t08/01/2012", "2\t3\t08/01/2012"));
  const message = await ingestError(raw);
  assert.match(message, /- A01 assessments\.tsv row 8, column "line" \(line\): found "3"/);
  assert.match(message, /rule unknown-line/);
});

Deno.test("a birth date problem names the field but never shows the value", async () => {
  const raw = await loadFixture();
  editFile(raw, "A01", "patients.csv", (t) => t.replace("H-1002,1985-07-30", "H-1002,30.07.1985"));
  const message = await ingestError(raw);
  assert.match(
    message,
    /- A01 patients\.csv row 3, column "dob" \(birth_date\): found a value of identifier field birth_date \(not shown\)/,
  );
  assert.doesNotMatch(message, /30\.07\.1985/);
});

Deno.test("a line number that is not a whole number >= 1 is an invalid integer", async () => {
  const raw = await loadFixture();
  editFile(
    raw,
    "A01",
    "lines.csv",
    (t) => t.replace("2,2,advanced,Sunitinib", "2,2b,advanced,Sunitinib"),
  );
  const message = await ingestError(raw);
  assert.match(message, /- A01 lines\.csv row 5, column "line" \(line\): found "2b"/);
  assert.match(message, /rule invalid-integer: expected a whole number >= 1/);
});

Deno.test("a date of death for a patient reported alive is an inconsistent value", async () => {
  const raw = await loadFixture();
  editFile(
    raw,
    "A01",
    "patients.csv",
    (t) => t.replace("2020-12-31,alive,,", "2020-12-31,alive,2020-12-31,"),
  );
  const message = await ingestError(raw);
  assert.match(
    message,
    /- A01 patients\.csv row 3, column "died" \(death_date\): found "2020-12-31"/,
  );
  assert.match(
    message,
    /rule inconsistent-value: expected no date of death, since the vital status is alive/,
  );
});

Deno.test("a case number with characters a pseudonym cannot carry is refused", async () => {
  const raw = await loadFixture();
  editFile(
    raw,
    "A01",
    "patients.csv",
    (t) => t.replace("\n3,Testperson,Gamma", "\n3 / b,Testperson,Gamma"),
  );
  const message = await ingestError(raw);
  assert.match(message, /- A01 patients\.csv row 4, column "case_no" \(case_id\): found "3 \/ b"/);
  assert.match(message, /rule invalid-case-id/);
});

Deno.test("two case numbers that pad to the same pseudonym are a duplicate key", async () => {
  const raw = await loadFixture();
  editFile(
    raw,
    "A01",
    "patients.csv",
    (t) => t.replace("\n4,Testperson,Delta", "\n0002,Testperson,Delta"),
  );
  editFile(raw, "A01", "lines.csv", (t) => t.replace("4,1,perioperative", "0002,1,perioperative"));
  const message = await ingestError(raw);
  assert.match(message, /- A01 patients\.csv row 5, column "case_no" \(case_id\): found "0002"/);
  assert.match(message, /differs from patients\.csv row 3 \("2"\) once zero-padded to A01-0002/);
});

Deno.test("two assessments of one line on one date with different content are a duplicate key", async () => {
  const raw = await loadFixture();
  editFile(
    raw,
    "A01",
    "assessments.tsv",
    (t) => t.replace("2\t1\t05/01/2012\t50", "2\t1\t02/20/2012\t50"),
  );
  const message = await ingestError(raw);
  assert.match(
    message,
    /- A01 assessments\.tsv row 7, column "date" \(assessment_date\): found "02\/20\/2012"/,
  );
  assert.match(
    message,
    /one assessments row per case_id \+ line \+ assessment_date, but row 6 has the same key/,
  );
});

Deno.test("a mapped column that the header has twice is ambiguous and refused", async () => {
  const raw = await loadFixture();
  editFile(raw, "A01", "lines.csv", (t) => t.replace("reason,bor,pd_date", "reason,bor,start"));
  const message = await ingestError(raw);
  assert.match(message, /- A01 lines\.csv row 1, column "start" \(start_date\): found "start"/);
  assert.match(
    message,
    /rule duplicate-column: expected one column named "start", but the header has 2/,
  );
});
