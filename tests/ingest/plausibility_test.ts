/**
 * The plausibility rules at ingest: declared once with their ids, checked over every site that
 * reported a patient, errors unless the plan lists them in `plausibility.warnOnly`, and listed in
 * the same message as the plan's and the vocabularies' problems. Each rule is also broken, end to
 * end, by the hostile corpus (`corpus/mutations.ts`).
 */

import assert from "node:assert/strict";
import {
  DOWNGRADABLE_RULES,
  PLAUSIBILITY_RULES,
} from "../../pipeline/_shared/contracts/plausibility_rules.ts";
import { parseRegimenClasses } from "../../pipeline/_shared/regimen_classes.ts";
import { ingestRaw } from "../../pipeline/ingest/ingest_raw.ts";
import { checkPlan } from "../../pipeline/ingest/validation/reference_issues.ts";
import { MUTATIONS } from "./corpus/mutations.ts";
import { editFile, fixtureInputs, ingestError, loadFixture } from "./fixture.ts";
import { interimRows } from "./interim_rows.ts";

Deno.test("every plausibility rule is documented and broken by at least one mutation of the corpus", () => {
  const covered = new Set(MUTATIONS.map((m) => m.covers));
  for (const [id, rule] of Object.entries(PLAUSIBILITY_RULES)) {
    assert.ok(rule.meaning.length > 30, `${id} needs a meaning`);
    assert.ok(covered.has(id), `no mutation breaks ${id}`);
  }
  assert.deepEqual(DOWNGRADABLE_RULES, [
    "event-after-death",
    "event-after-last-contact",
    "line-before-advanced-disease",
    "assessment-before-diagnosis",
    "empty-table",
  ]);
});

Deno.test("a rule the plan lists in warnOnly becomes a warning located like an issue, and ingest goes on", async () => {
  const result = ingestRaw(await loadFixture(), await fixtureInputs());
  assert.ok(result.ok);
  const warning = interimRows(result.tables.warnings).find((w) => w.rule === "event-after-death");
  assert.deepEqual(warning, {
    site: "A01",
    file: "assessments.tsv",
    row: "row 5",
    column: '"date" (assessment_date)',
    value: "05/01/2013",
    rule: "event-after-death",
    message: "expected a date on or before the date of death (2013-04-01) (a warning: the " +
      "plan's plausibility.warnOnly lists event-after-death)",
  });
});

Deno.test("without warnOnly the same breach is an error that stops ingest", async () => {
  const inputs = await fixtureInputs((plan) => {
    plan.plausibility.warnOnly = [];
  });
  const message = await ingestError(await loadFixture(), inputs);
  assert.match(
    message,
    /- A01 assessments\.tsv row 5, column "date" \(assessment_date\): found "05\/01\/2013"\n {2}rule event-after-death: expected a date on or before the date of death \(2013-04-01\)/,
  );
});

Deno.test("a referred patient's course is checked against the death another site reports", async () => {
  const raw = await loadFixture();
  // A01 case 5 is A02 case 7: A01 now dates the death before A02's second line ends.
  editFile(
    raw,
    "A01",
    "patients.csv",
    (t) => t.replace("2017-01-01,dead,2017-01-01", "2015-03-01,dead,2015-03-01"),
  );
  const message = await ingestError(
    raw,
    await fixtureInputs((plan) => {
      plan.plausibility.warnOnly = [];
    }),
  );
  assert.match(
    message,
    /- A02 linee\.csv row 3, column "Fine" \(end_date\): found "01\/06\/2015"\n {2}rule event-after-death: expected a date on or before the date of death \(2015-03-01, A01 patients\.csv row 6\)/,
  );
});

Deno.test("a regimen the vocabulary knows but the classes do not stops ingest, naming both files", async () => {
  const inputs = await fixtureInputs();
  inputs.classes = parseRegimenClasses(
    "regimen,regimen_label,regimen_class,class_label\ndoxorubicin,D,a,A\n",
  );
  const message = await ingestError(await loadFixture(), inputs);
  assert.match(
    message,
    /rule regimen-without-class: expected a regimen with a class: "Pazopanib" is regimen "pazopanib"/,
  );
  assert.match(
    message,
    /fix: add a row for "pazopanib" \(its labels and class\) to data\/vocabulary\/regimen-classes\.csv/,
  );
});

Deno.test("plan problems are listed in the same message as the data's, located by option", async () => {
  const plan = JSON.parse(await Deno.readTextFile("pipeline/analysis-plan.json"));
  plan.dataCutoff = "30/09/2021";
  plan.inputLimits.fileMiB = 0;
  delete plan.medianRule;
  const checked = checkPlan(JSON.stringify(plan), "plan.json");
  assert.equal(checked.value, undefined);
  const raw = await loadFixture();
  editFile(
    raw,
    "A01",
    "patients.csv",
    (t) => t.replace("2012-02-15,aponeurosis", "2012-02-30,aponeurosis"),
  );
  const inputs = { ...await fixtureInputs(), plan: undefined, issues: checked.issues };
  const message = await ingestError(raw, inputs);
  assert.match(message, /- plan\.json option medianRule: medianRule is missing/);
  assert.match(
    message,
    /- plan\.json option dataCutoff: found "30\/09\/2021"\n {2}rule invalid-plan: expected a date as YYYY-MM-DD/,
  );
  assert.match(message, /- plan\.json option inputLimits\.fileMiB: found "0"/);
  assert.match(
    message,
    /- A01 patients\.csv row 3, column "diagnosis" \(diagnosis_date\): found "2012-02-30"/,
  );
  // Without a usable plan nothing is downgraded: the fixture's assessment after death is an error.
  assert.match(message, /- A01 assessments\.tsv row 5, .*\n {2}rule event-after-death/);
  assert.match(message, /raw data cannot be used: 5 problems found/);
});

Deno.test("a plan that is not JSON is one located problem", () => {
  const { issues } = checkPlan("{ not json", "p.json");
  assert.equal(issues.length, 1);
  assert.equal(issues[0]?.file, "p.json");
  assert.match(issues[0]?.expected ?? "", /^the analysis plan as JSON, but /);
});

Deno.test("the codebook documents every plausibility rule, with whether it may be downgraded", async () => {
  const codebook = await Deno.readTextFile("data/codebook.md");
  const section = codebook.slice(codebook.indexOf("## Plausibility rules"));
  for (const [id, rule] of Object.entries(PLAUSIBILITY_RULES)) {
    assert.match(section, new RegExp(`\\| \`${id}\` +\\| ${rule.mayWarn ? "yes" : "no"} `), id);
  }
});
