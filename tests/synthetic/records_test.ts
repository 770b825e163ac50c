import assert from "node:assert/strict";
import { calibratedCohort } from "../../data/synthetic/calibrated/cohort.ts";

const cohort = calibratedCohort();
const merged = cohort.records.find((r) => r.exclusion === "referral_merged")!;
const kept = cohort.records.find((r) => r.patient === merged.patient && r !== merged)!;

Deno.test("a referred patient appears at two sites with the same birth date, sex and diagnosis date", () => {
  assert.notEqual(kept.site, merged.site);
  assert.ok(kept.site < merged.site, "the referring site has the lower code");
  assert.notEqual(kept.caseId === merged.caseId && kept.site === merged.site, true);
  assert.equal(kept.patient.birthDate, merged.patient.birthDate);
  assert.notEqual(
    kept.familyName,
    merged.familyName,
    "the second site spells the name its own way",
  );
  assert.notEqual(kept.hospitalNumber, merged.hospitalNumber);
});

Deno.test("the referring site gives line 1; the receiving site repeats it without assessments and gives the rest", () => {
  const advanced = kept.patient.lines.filter((l) => l.setting === "advanced");
  assert.deepEqual(
    kept.lines.filter((l) => l.line.setting === "advanced").map((l) => l.line),
    advanced.slice(0, 1),
  );
  assert.deepEqual(merged.lines.map((l) => l.line), advanced);
  assert.deepEqual(merged.lines.map((l) => l.number), advanced.map((_, i) => i + 1));
  assert.equal(merged.lines[0]!.withAssessments, false);
  assert.ok(merged.lines.slice(1).every((l) => l.withAssessments));
});

Deno.test("the referring site last saw the patient alive, before the next line started", () => {
  const second = kept.patient.lines.filter((l) => l.setting === "advanced")[1]!;
  assert.equal(kept.vitalStatus, "alive");
  assert.ok(kept.lastContactDate < second.startDate);
  assert.ok(kept.lastContactDate >= (kept.lines.at(-1)!.line.progressionDate ?? ""));
  assert.equal(merged.lastContactDate, kept.patient.lastContactDate);
});

Deno.test("case numbers are unique within each site", () => {
  for (const { site } of cohort.sites) {
    const ids = cohort.records.filter((r) => r.site === site).map((r) => r.caseId);
    assert.equal(new Set(ids).size, ids.length, site);
    assert.ok(ids.every((id) => /^\d+$/.test(id)), `${site}: case numbers are digits`);
  }
});

Deno.test("exactly one line's reported best response disagrees with its measurements, at a measurement site", () => {
  const disagreeing = cohort.records.flatMap((r) =>
    r.lines.filter((l) => l.line.reportedBestResponse !== l.line.bestResponse).map((l) => ({
      r,
      l,
    }))
  );
  assert.equal(disagreeing.length, 1);
  const [{ r, l }] = disagreeing as [typeof disagreeing[number]];
  assert.equal(r.site, "S01");
  assert.deepEqual([l.line.bestResponse, l.line.reportedBestResponse], ["SD", "PR"]);
  const [baseline, ...after] = l.line.assessments;
  const nadir = Math.min(...after.map((a) => a.targetSum));
  assert.equal(Math.round((1 - nadir / baseline!.targetSum) * 100), 24);
});
