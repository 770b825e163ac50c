/**
 * Harmonise on the ingest fixture (11 screened patients, 4 sites): the planted exclusions each
 * under their reason, the referred patient counted once with lines pooled and renumbered, and a
 * reconciliation that balances per file, per site and overall.
 */

import assert from "node:assert/strict";
import { CDM_COLUMNS } from "../../pipeline/_shared/contracts/cdm_schema.ts";
import { harmonise } from "../../pipeline/harmonise/harmonise_core.ts";
import { parseRegimenClasses } from "../../pipeline/_shared/regimen_classes.ts";
import { fixtureClasses, harmonisedFixture, ingestedFixture, WINDOW } from "./fixture.ts";

Deno.test("the fixture's planted exclusions are each kept with their reason, and 7 patients included", async () => {
  const { cdm, quality } = await harmonisedFixture();
  assert.deepEqual(cdm.exclusions.map((e) => `${e.site} ${e.case_id} ${e.reason}`), [
    "A01 3 not_molecularly_confirmed",
    "A01 4 no_systemic_therapy_for_advanced_disease",
    "A02 7 referral_merged",
    "A02 8 duplicate_row",
    "A02 9 treated_outside_study_window",
    "A03 2 treated_outside_study_window",
  ]);
  assert.deepEqual(cdm.patients.map((p) => p.usubjid), [
    "A01-0001",
    "A01-0002",
    "A01-0005",
    "A02-0008",
    "A03-0001",
    "A04-0011",
    "A04-0012",
  ]);
  assert.deepEqual(quality.cohort, {
    sites: ["A01", "A02", "A03", "A04"],
    patientRowsRead: 13,
    merged: { duplicate_row: 1, referral_merged: 1 },
    patients: 11,
    excluded: {
      not_molecularly_confirmed: 1,
      no_systemic_therapy_for_advanced_disease: 1,
      treated_outside_study_window: 2,
    },
    included: 7,
  });
});

Deno.test("a referred patient's lines are pooled over sites, de-duplicated and renumbered by start", async () => {
  const { cdm } = await harmonisedFixture();
  const lines = cdm.lines.filter((l) => l.usubjid === "A01-0005");
  // A01 reports line 1 (doxorubicin 2014-07-01); A02 repeats it and adds pazopanib 2015-01-01.
  assert.deepEqual(lines.map((l) => [l.line, l.source_site, l.line_reported, l.regimen]), [
    [1, "A01", 1, "doxorubicin"],
    [2, "A02", 2, "pazopanib"],
  ]);
  const patient = cdm.patients.find((p) => p.usubjid === "A01-0005");
  assert.equal(patient?.sites, "A01;A02");
  assert.equal(patient?.primary_site, "head_neck", "the canonical site's value is kept");
});

Deno.test("the reconciliation balances for every file, every site and overall", async () => {
  const { quality } = await harmonisedFixture();
  const { files, sites, total, balanced } = quality.reconciliation;
  assert.equal(balanced, true);
  const accounted = (r: typeof total) =>
    r.included + Object.values(r.excluded).reduce((a, b) => a + b, 0) +
    Object.values(r.merged).reduce((a, b) => a + b, 0);
  for (const row of [...files, ...sites, total]) assert.equal(accounted(row), row.rowsRead);
  assert.equal(total.rowsRead, 41);
  const a02Lines = files.find((r) => r.site === "A02" && r.table === "lines");
  assert.deepEqual([
    a02Lines?.included,
    a02Lines?.merged.referral_merged,
    a02Lines?.excluded.treated_outside_study_window,
  ], [2, 1, 1]);
  const a02Patients = files.find((r) => r.site === "A02" && r.table === "patients");
  assert.deepEqual([
    a02Patients?.included,
    a02Patients?.merged.duplicate_row,
    a02Patients?.merged.referral_merged,
  ], [1, 1, 1]);
});

Deno.test("warnings name the assessment after death (ingest's, as the plan asks), the contradicted best response and the referral disagreement", async () => {
  const { quality } = await harmonisedFixture();
  assert.deepEqual(
    quality.warnings.map((w) => `${w.site} ${w.file} ${w.row} ${w.column} ${w.value} ${w.rule}`),
    [
      'A01 assessments.tsv row 5 "date" (assessment_date) 05/01/2013 event-after-death',
      "A02 pazienti.csv row 3 primary_site limb referral-disagreement",
      "A03 export.json record 2 best_response SD best-response-disagrees",
    ],
  );
});

Deno.test("the CDM tables have the codebook's columns, in order, and its row order", async () => {
  const { cdm } = await harmonisedFixture();
  for (const [name, columns] of Object.entries(CDM_COLUMNS)) {
    const rows = cdm[name as keyof typeof CDM_COLUMNS];
    assert.ok(rows.length > 0, `${name} has rows`);
    for (const row of rows) assert.deepEqual(Object.keys(row), [...columns], name);
  }
  const keys = cdm.assessments.map((a) => `${a.usubjid} ${a.line} ${a.assessment_date}`);
  assert.deepEqual(keys, [...keys].sort());
  assert.equal(cdm.assessments.find((a) => a.assessment_date === "2011-06-01")?.new_lesions, true);
});

Deno.test("a regimen without a class stops harmonise naming the regimen and the file to extend", async () => {
  const classes = parseRegimenClasses(
    "regimen,regimen_label,regimen_class,class_label\ndoxorubicin,D,a,A\n",
  );
  const tables = await ingestedFixture();
  assert.throws(
    () => harmonise(tables, classes, WINDOW),
    /regimens "pazopanib", "doxorubicin-ifosfamide", "sunitinib", "trabectedin" have no class: add a row for each to data\/vocabulary\/regimen-classes\.csv/,
  );
});

Deno.test("harmonise results do not depend on the order of ingest's rows", async () => {
  const tables = await ingestedFixture();
  const { cdm } = await harmonisedFixture();
  const shuffled = {
    ...tables,
    patients: [...tables.patients].reverse(),
    lines: [...tables.lines].reverse(),
    assessments: [...tables.assessments].reverse(),
  };
  const again = harmonise(
    shuffled,
    await fixtureClasses(),
    WINDOW,
  );
  assert.deepEqual(again.cdm, cdm);
});
