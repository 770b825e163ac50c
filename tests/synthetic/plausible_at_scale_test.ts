/**
 * An uncalibrated cohort must pass ingest's plausibility rules at any size: no two patients share
 * the identity that referral matching reads (birth date, sex, diagnosis date) unless the plan
 * referred one to the other, and every tumour measurement stays within the codebook's limits.
 * Drawn freely, both broke now and then at 10^5 patients and more.
 */
import assert from "node:assert/strict";
import { randomCohort } from "../../data/synthetic/random_cohort.ts";
import { uniqueBirthOffsets } from "../../data/synthetic/random_identities.ts";
import { randomIdentity } from "../../data/synthetic/random_patient.ts";
import { birthDateFor } from "../../data/synthetic/patient_history.ts";
import { MAXIMUM_BASELINE_SUM_MM } from "../../data/synthetic/patient.ts";
import { layoutNamed } from "../../data/synthetic/export/layouts/mod.ts";
import {
  MAXIMUM_LESION_MM,
  MAXIMUM_TARGET_LESIONS,
} from "../../pipeline/_shared/contracts/plausibility_rules.ts";

const cohort = randomCohort(11, 6_000, 40);

Deno.test("no two patients of an uncalibrated cohort share birth date, sex and diagnosis date", () => {
  const keyOf = new Map<string, string>();
  for (const patient of cohort.patients) {
    const identity = `${patient.birthDate} ${patient.sex} ${patient.diagnosisDate}`;
    assert.equal(keyOf.get(identity), undefined, `${patient.key} and ${keyOf.get(identity)}`);
    keyOf.set(identity, patient.key);
  }
  // The planted referral is one patient reported by two sites: the same identity twice.
  const referred = cohort.records.filter((r) => r.exclusion === "referral_merged");
  assert.equal(referred.length, 1);
  const both = cohort.records.filter((r) => r.patient.key === referred[0]!.patient.key);
  assert.deepEqual(new Set(both.map((r) => r.patient.birthDate)).size, 1);
});

Deno.test("a birth date already taken moves the patient's birth on by a day", () => {
  const layout = layoutNamed("csv_iso");
  const sites = [{ site: "S01", layout, patients: 3 }];
  const [free] = uniqueBirthOffsets(4, sites, []);
  const { sex, age, diagnosisDate } = randomIdentity(4, "S01", layout, 0);
  const taken = { birthDate: birthDateFor(diagnosisDate, age, free![0]!), sex, diagnosisDate };
  const [moved] = uniqueBirthOffsets(4, sites, [taken]);
  assert.equal(moved![0], (free![0]! + 1) % 360);
  assert.deepEqual([...moved!.slice(1)], [...free!.slice(1)], "the others keep their draws");
});

Deno.test("every target sum, nodal sum and largest node stays within the codebook's limits", () => {
  const sumLimit = MAXIMUM_TARGET_LESIONS * MAXIMUM_LESION_MM;
  let largest = 0;
  for (const patient of cohort.patients) {
    for (const line of patient.lines) {
      for (const a of line.assessments) {
        largest = Math.max(largest, a.targetSum);
        assert.ok(a.targetSum <= sumLimit, `${patient.key}: target sum ${a.targetSum}`);
        assert.ok((a.nodalSum ?? 0) <= sumLimit, `${patient.key}: nodal sum ${a.nodalSum}`);
        assert.ok((a.nodalMax ?? 0) <= MAXIMUM_LESION_MM, `${patient.key}: node ${a.nodalMax}`);
      }
    }
  }
  // The cap is reached, so the limit is tested where it matters.
  assert.ok(largest > MAXIMUM_BASELINE_SUM_MM, `largest sum ${largest}`);
});
