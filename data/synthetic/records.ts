/**
 * Site records: what each site's export says about each patient. A patient is normally reported
 * by one site with all their lines. A referred patient is reported twice: the first site gives
 * the lines up to the referral and last saw the patient alive; the second repeats the last line
 * given at the first site (in its own words, without assessments), numbers lines its own way,
 * spells the name differently, and follows the patient to the end. Case numbers follow diagnosis
 * dates within a site, with small gaps, as real study logs have.
 *
 * @module
 */

import { addDays } from "../../pipeline/_shared/dates.ts";
import type { Line, Patient, ReportedLine, SiteRecord } from "./model.ts";
import { respelled } from "./names.ts";
import type { Random } from "./random.ts";
import { regimenTexts } from "./regimens.ts";
import type { Layout } from "./export/layout.ts";

/** Where a patient is reported. */
export interface RecordPlan {
  patient: Patient;
  site: string;
  layout: Layout;
  /** The patient moves to `site` before advanced line `fromLine` (0-based, at least 1). */
  referral?: { site: string; layout: Layout; fromLine: number };
  duplicateRow?: boolean;
}

/** The site records of `plans`, with case numbers, ordered by site and case number. */
export function buildRecords(plans: readonly RecordPlan[], random: Random): SiteRecord[] {
  const records: SiteRecord[] = [];
  for (const plan of plans) {
    const { patient, layout } = plan;
    const advanced = patient.lines.filter((l) => l.setting === "advanced");
    const perioperative = patient.lines.filter((l) => l.setting === "perioperative");
    if (perioperative.length > 0 && !layout.reportsSetting) {
      throw new RangeError(
        `Site ${plan.site} reports no setting but patient ${patient.key} has adjuvant lines`,
      );
    }
    const base = {
      caseId: "",
      patient,
      familyName: patient.familyName,
      givenName: patient.givenName,
      duplicateRow: plan.duplicateRow ?? false,
      exclusion: patient.exclusion,
      remark: "",
    };
    if (plan.referral === undefined) {
      records.push({
        ...base,
        site: plan.site,
        hospitalNumber: layout.hospitalNumber(random),
        lastContactDate: patient.lastContactDate,
        vitalStatus: patient.vitalStatus,
        deathDate: patient.deathDate,
        lines: report([...perioperative, ...advanced], layout, random),
      });
      continue;
    }
    const { fromLine } = plan.referral;
    const moved = advanced[fromLine];
    if (fromLine < 1 || moved === undefined) {
      throw new RangeError(`Patient ${patient.key} cannot move before line ${fromLine + 1}`);
    }
    records.push({
      ...base,
      site: plan.site,
      hospitalNumber: layout.hospitalNumber(random),
      // Last seen at the referring site after the progression that led to the referral.
      lastContactDate: addDays(moved.startDate, -random.int(3, 10)),
      vitalStatus: "alive",
      deathDate: null,
      lines: report([...perioperative, ...advanced.slice(0, fromLine)], layout, random),
      remark: `referred to ${plan.referral.layout.institution}`,
    });
    const repeated = report(advanced.slice(fromLine - 1), plan.referral.layout, random);
    repeated[0]!.withAssessments = false;
    records.push({
      ...base,
      site: plan.referral.site,
      familyName: respelled(patient.familyName),
      hospitalNumber: plan.referral.layout.hospitalNumber(random),
      lastContactDate: patient.lastContactDate,
      vitalStatus: patient.vitalStatus,
      deathDate: patient.deathDate,
      lines: repeated,
      duplicateRow: false,
      exclusion: "referral_merged",
      remark: `referred from ${layout.institution}`,
    });
  }
  return numberCases(records, plans, random);
}

function report(lines: readonly Line[], layout: Layout, random: Random): ReportedLine[] {
  return lines.map((line, i) => ({
    line,
    number: i + 1,
    regimenText: random.pick(regimenTexts(layout.language, line.regimen)),
    withAssessments: true,
  }));
}

function numberCases(
  records: SiteRecord[],
  plans: readonly RecordPlan[],
  random: Random,
): SiteRecord[] {
  const starts = new Map<string, number>();
  // A site never gives a patient a case number its export uses for "missing" (999 at one site).
  const reserved = new Map<string, Set<string>>();
  for (const plan of plans) {
    for (const { site, layout } of [plan, ...(plan.referral ? [plan.referral] : [])]) {
      starts.set(site, layout.caseStart);
      reserved.set(site, new Set(layout.files.flatMap((f) => f.missing)));
    }
  }
  const bySite = new Map<string, SiteRecord[]>();
  for (const record of records) {
    bySite.set(record.site, [...(bySite.get(record.site) ?? []), record]);
  }
  const numbered: SiteRecord[] = [];
  for (const site of [...bySite.keys()].sort()) {
    const siteRecords = bySite.get(site)!.sort((a, b) =>
      a.patient.diagnosisDate.localeCompare(b.patient.diagnosisDate) ||
      a.patient.key.localeCompare(b.patient.key)
    );
    let next = starts.get(site) ?? 1;
    const missing = reserved.get(site) ?? new Set<string>();
    for (const record of siteRecords) {
      while (missing.has(String(next))) next += 1;
      record.caseId = String(next);
      next += 1 + (random.chance(0.25) ? random.int(1, 2) : 0);
      numbered.push(record);
    }
  }
  return numbered;
}
