/** Warnings about a person's records, on hand-made persons. */

import assert from "node:assert/strict";
import { groupPersons } from "../../pipeline/harmonise/persons.ts";
import { personWarnings } from "../../pipeline/harmonise/record_warnings.ts";
import { line, patient } from "./fixture.ts";

function referred(first: Parameters<typeof patient>[2], second: Parameters<typeof patient>[2]) {
  const a = patient("S01", "1", first);
  const b = patient("S02", "7", { ...second, person: a.usubjid });
  const [person] = groupPersons({
    patients: [a, b],
    lines: [line(a, 1, "2010-02-01")],
    assessments: [],
  });
  return personWarnings(person!).map((w) => `${w.site} ${w.column} ${w.value}: ${w.message}`);
}

Deno.test("a death reported later by the other site of a referred patient is not a disagreement", () => {
  const warnings = referred(
    { vital_status: "alive", last_contact_date: "2012-01-01" },
    { vital_status: "dead", last_contact_date: "2013-05-01", death_date: "2013-05-01" },
  );
  assert.deepEqual(warnings, []);
});

Deno.test("a referred patient seen alive after the other site's date of death is flagged", () => {
  const warnings = referred(
    { vital_status: "alive", last_contact_date: "2014-01-01" },
    { vital_status: "dead", last_contact_date: "2013-05-01", death_date: "2013-05-01" },
  );
  assert.deepEqual(warnings, [
    "S01 last_contact_date 2014-01-01: S01 saw the patient alive on 2014-01-01, after the date of death S02 reports (2013-05-01)",
  ]);
});

Deno.test("two sites reporting different dates of death, or a different fusion, are flagged", () => {
  const warnings = referred(
    { vital_status: "dead", last_contact_date: "2013-05-01", death_date: "2013-05-01" },
    {
      vital_status: "dead",
      last_contact_date: "2013-06-01",
      death_date: "2013-06-01",
      fusion: "EWSR1-CREB1",
    },
  );
  assert.deepEqual(warnings, [
    'S02 fusion EWSR1-CREB1: S02 reports fusion "EWSR1-CREB1" but S01 (the record kept, S01-0001) reports "EWSR1-ATF1"',
    'S02 death_date 2013-06-01: S02 reports death_date "2013-06-01" but S01 (the record kept, S01-0001) reports "2013-05-01"',
  ]);
});
