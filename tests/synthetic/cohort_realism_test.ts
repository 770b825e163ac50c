import assert from "node:assert/strict";
import { daysBetween } from "../../pipeline/_shared/dates.ts";
import { calibratedCohort } from "../../data/synthetic/calibrated/cohort.ts";
import { randomCohort } from "../../data/synthetic/random_cohort.ts";
import { DATA_CUTOFF, STUDY_WINDOW } from "../../data/synthetic/config.ts";
import { REGIMENS } from "../../data/synthetic/regimens.ts";
import type { Cohort, Patient } from "../../data/synthetic/model.ts";

const cohorts: [string, Cohort][] = [["calibrated", calibratedCohort()], [
  "random",
  randomCohort(5, 300, 12),
]];

/** Every problem with the dates of one patient, as sentences. */
function dateProblems(p: Patient): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => ok || problems.push(`${p.key}: ${what}`);
  const advanced = p.lines.filter((l) => l.setting === "advanced");
  check(p.birthDate < p.diagnosisDate, "born before diagnosis");
  check(p.lastContactDate <= DATA_CUTOFF, "last contact by the cut-off");
  check(
    p.vitalStatus === "dead" ? p.deathDate === p.lastContactDate : p.deathDate === null,
    "death = last contact",
  );
  if (p.advancedDate !== null) {
    check(p.diagnosisDate <= p.advancedDate, "diagnosis on or before advanced disease");
  }
  for (const line of p.lines) {
    check(line.endDate === null || line.endDate >= line.startDate, "a line ends after it starts");
    check(
      line.endDate === null || line.endDate <= p.lastContactDate,
      "a line ends by death or last contact",
    );
    check(
      line.progressionDate === null || line.progressionDate > line.startDate,
      "progression after the start",
    );
    if (line.setting === "perioperative") {
      check(p.advancedDate === null || line.startDate < p.advancedDate, "adjuvant before relapse");
    }
  }
  advanced.forEach((line, i) => {
    check(
      i > 0 || line.startDate >= p.advancedDate!,
      "first line on or after the advanced diagnosis",
    );
    check(i === 0 || line.startDate > advanced[i - 1]!.startDate, "lines in order");
    check(
      i === 0 || (advanced[i - 1]!.progressionDate ?? "") < line.startDate ||
        advanced[i - 1]!.reasonStopped === "toxicity",
      "next line after progression",
    );
    check(line.startDate < p.lastContactDate, "treatment before death or last contact");
    const [baseline, ...after] = line.assessments;
    check(
      baseline !== undefined && baseline.date <= line.startDate &&
        daysBetween(baseline.date, line.startDate) <= 28,
      "baseline within 4 weeks before the start",
    );
    after.forEach((a, k) => {
      const gap = daysBetween(k === 0 ? line.startDate : after[k - 1]!.date, a.date);
      check(
        gap >= (k === 0 ? 30 : 42) && gap <= 92,
        `assessments every 2 to 3 months (gap ${gap})`,
      );
      check(a.date <= p.lastContactDate, "no assessment after death or last contact");
    });
  });
  return problems;
}

for (const [name, cohort] of cohorts) {
  const included = cohort.patients.filter((p) => p.exclusion === null);

  Deno.test(`${name} cohort: dates follow the course of the disease`, () => {
    assert.deepEqual(cohort.patients.flatMap(dateProblems), []);
  });

  Deno.test(`${name} cohort: included patients start every line within the study window`, () => {
    for (const line of included.flatMap((p) => p.lines.filter((l) => l.setting === "advanced"))) {
      assert.ok(
        line.startDate >= STUDY_WINDOW.first && line.startDate <= STUDY_WINDOW.last,
        line.startDate,
      );
    }
  });

  Deno.test(`${name} cohort: no regimen is given before it was available`, () => {
    for (const line of cohort.patients.flatMap((p) => p.lines)) {
      assert.ok(
        REGIMENS[line.regimen]!.from <= Number(line.startDate.slice(0, 4)),
        `${line.regimen} in ${line.startDate}`,
      );
    }
  });

  Deno.test(`${name} cohort: both sexes, and responses are rare outside sunitinib`, () => {
    assert.deepEqual(new Set(included.map((p) => p.sex)), new Set(["F", "M"]));
    const lines = included.flatMap((p) =>
      p.lines.filter((l) => l.setting === "advanced" && l.regimen !== "sunitinib")
    );
    const responses = lines.filter((l) =>
      l.bestResponse === "CR" || l.bestResponse === "PR"
    ).length;
    assert.ok(responses / lines.length <= 0.2, `${responses} of ${lines.length}`);
  });

  Deno.test(`${name} cohort: the plants are there (duplicate row, referral, every exclusion reason)`, () => {
    const reasons = new Set(cohort.records.map((r) => r.exclusion));
    for (
      const reason of [
        "not_molecularly_confirmed",
        "no_systemic_therapy_for_advanced_disease",
        "treated_outside_study_window",
        "referral_merged",
      ]
    ) {
      assert.ok(reasons.has(reason as never), reason);
    }
    assert.equal(cohort.records.filter((r) => r.duplicateRow).length, 1);
  });
}
