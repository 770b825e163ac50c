/**
 * An uncalibrated cohort is written site by site: a site's records follow from the cohort plan and
 * the site alone, so workers can write sites in any order. These tests check the plan and that
 * sites drawn apart still agree where they share a patient.
 */
import assert from "node:assert/strict";
import { planRandomCohort } from "../../data/synthetic/random_plan.ts";
import { planPatient, randomSiteRecords } from "../../data/synthetic/random_site.ts";
import { randomCohort } from "../../data/synthetic/random_cohort.ts";
import { exportCohort } from "../../data/synthetic/export/export_cohort.ts";
import { layoutNamed } from "../../data/synthetic/export/layouts/mod.ts";

const plan = planRandomCohort(5, 2000, 23);

Deno.test("the plan deals every patient to a site, at least one each, and sites rotate the layouts", () => {
  assert.equal(plan.sites.length, 23);
  assert.equal(plan.sites.reduce((sum, s) => sum + s.patients, 0), 2000);
  assert.ok(plan.sites.every((s) => s.patients >= 1));
  assert.equal(plan.sites[10]!.layout, plan.sites[0]!.layout, "S11 is laid out like S01");
  assert.deepEqual(planRandomCohort(5, 2000, 23), plan, "the same seed gives the same plan");
  assert.notDeepEqual(planRandomCohort(6, 2000, 23).sites, plan.sites);
});

Deno.test("the plan places the duplicate row, the referral and the disagreement where they can be", () => {
  const { duplicate, referral, disagreement } = plan;
  assert.ok(duplicate && referral && disagreement);
  const layoutOf = (site: string) => layoutNamed(plan.sites.find((s) => s.site === site)!.layout);
  assert.equal(layoutOf(duplicate.site).files[0]!.format, "delimited");
  assert.notEqual(referral.to, referral.site);
  const mover = planPatient(plan, referral);
  assert.ok(mover.lines.filter((l) => l.setting === "advanced").length >= 2);
  assert.equal(layoutOf(disagreement.site).name, "csv_iso");
  const line = planPatient(plan, disagreement).lines.filter((l) => l.setting === "advanced")[
    disagreement.line
  ]!;
  assert.equal(line.bestResponse, "SD");
  assert.equal(line.reportedBestResponse, "PR");
});

Deno.test("both sites of a referral draw the same patient, each on its own", () => {
  const { referral } = plan;
  const from = randomSiteRecords(plan, referral!.site).records;
  const to = randomSiteRecords(plan, referral!.to).records;
  const kept = from.find((r) => r.remark.startsWith("referred to"))!;
  const merged = to.find((r) => r.exclusion === "referral_merged")!;
  assert.deepEqual(merged.patient, kept.patient);
  assert.equal(kept.vitalStatus, "alive");
  assert.notEqual(merged.familyName, kept.familyName);
});

Deno.test("a site's records are the same whether or not other sites were drawn before it", () => {
  const alone = randomSiteRecords(planRandomCohort(5, 2000, 23), "S17").records;
  for (const { site } of plan.sites) randomSiteRecords(plan, site);
  assert.deepEqual(randomSiteRecords(plan, "S17").records, alone);
});

Deno.test("case numbers are unique within each site and never a site's missing-value token", () => {
  const cohort = randomCohort(3, 600, 12);
  for (const { site, layout } of cohort.sites) {
    const ids = cohort.records.filter((r) => r.site === site).map((r) => r.caseId);
    assert.equal(new Set(ids).size, ids.length, site);
    const missing = layoutNamed(layout).files.flatMap((f) => f.missing);
    assert.ok(ids.every((id) => /^\d+$/.test(id) && !missing.includes(id)), site);
  }
});

Deno.test("the annex names the other site's case of the referral and lists every table's rows", () => {
  const cohort = randomCohort(3, 600, 12);
  const annex = new TextDecoder().decode(exportCohort(cohort).get("README.md")!);
  const merged = cohort.records.find((r) => r.exclusion === "referral_merged")!;
  const kept = cohort.records.find((r) => r.patient.key === merged.patient.key && r !== merged)!;
  assert.match(
    annex,
    new RegExp(
      `\\| ${merged.site} \\| ${merged.caseId} \\| referral_merged \\| .*\\(${kept.site} case ${kept.caseId}\\) \\|`,
    ),
  );
  const lines = cohort.records.filter((r) => r.site === "S01").flatMap((r) => r.lines).length;
  assert.match(annex, new RegExp(`Table \`lines\`[^\\n]*, ${lines} data rows:`));
});
