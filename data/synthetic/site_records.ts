/**
 * The site records of one patient, one builder per role, and the case numbering of one site. A
 * patient is normally reported by one site with all their lines ({@linkcode ownRecord}). A referred
 * patient is reported twice: the first site gives the lines up to the referral and last saw the
 * patient alive ({@linkcode referringRecord}); the second repeats the last line given at the first
 * site (in its own words, without assessments), numbers lines its own way, spells the name
 * differently, and follows the patient to the end ({@linkcode receivingRecord}).
 *
 * Each builder draws from the `random` it is given, in a fixed order, so the whole-cohort builder
 * (`records.ts`) and the site-by-site one (`random_site.ts`) can share them.
 *
 * @module
 */

import { addDays } from "./fast_dates.ts";
import type { Line, Patient, ReportedLine, SiteRecord } from "./model.ts";
import { respelled } from "./names.ts";
import type { Random } from "./random.ts";
import { regimenTexts } from "./regimens.ts";
import type { Layout } from "./export/layout.ts";

/** The record of a patient reported by one site only (case number set by the numbering). */
export function ownRecord(
  patient: Patient,
  site: string,
  layout: Layout,
  random: Random,
  duplicateRow = false,
): SiteRecord {
  checkSettings(patient, site, layout);
  const hospitalNumber = layout.hospitalNumber(random);
  return {
    ...base(patient, duplicateRow),
    site,
    hospitalNumber,
    lastContactDate: patient.lastContactDate,
    vitalStatus: patient.vitalStatus,
    deathDate: patient.deathDate,
    lines: report([...perioperative(patient), ...advanced(patient)], layout, random),
  };
}

/** The first site's record of a patient who moves to `to` before advanced line `fromLine`. */
export function referringRecord(
  patient: Patient,
  site: string,
  layout: Layout,
  to: Layout,
  fromLine: number,
  random: Random,
): SiteRecord {
  checkSettings(patient, site, layout);
  const moved = movedLine(patient, fromLine);
  const hospitalNumber = layout.hospitalNumber(random);
  // Last seen at the referring site after the progression that led to the referral.
  const lastContactDate = addDays(moved.startDate, -random.int(3, 10));
  return {
    ...base(patient, false),
    site,
    hospitalNumber,
    lastContactDate,
    vitalStatus: "alive",
    deathDate: null,
    lines: report(
      [...perioperative(patient), ...advanced(patient).slice(0, fromLine)],
      layout,
      random,
    ),
    remark: `referred to ${to.institution}`,
  };
}

/** The second site's record of a patient referred from `from` before line `fromLine`. */
export function receivingRecord(
  patient: Patient,
  site: string,
  layout: Layout,
  from: Layout,
  fromLine: number,
  random: Random,
): SiteRecord {
  movedLine(patient, fromLine);
  const repeated = report(advanced(patient).slice(fromLine - 1), layout, random);
  repeated[0]!.withAssessments = false;
  return {
    ...base(patient, false),
    site,
    familyName: respelled(patient.familyName),
    hospitalNumber: layout.hospitalNumber(random),
    lastContactDate: patient.lastContactDate,
    vitalStatus: patient.vitalStatus,
    deathDate: patient.deathDate,
    lines: repeated,
    exclusion: "referral_merged",
    remark: `referred from ${from.institution}`,
  };
}

/**
 * Numbers one site's records in place and returns them in case order ({@linkcode caseNumbers}).
 */
export function numberSiteCases(
  records: SiteRecord[],
  layout: Layout,
  random: Random,
): SiteRecord[] {
  const keyed = records.map((record) => ({
    diagnosisDate: record.patient.diagnosisDate,
    key: record.patient.key,
    record,
  }));
  const ids = caseNumbers(keyed, layout, random);
  return keyed.map(({ record }, i) => {
    record.caseId = ids[i]!;
    return record;
  });
}

/** What orders a site's cases: the diagnosis date, then the internal patient key. */
export interface CaseKey {
  diagnosisDate: string;
  key: string;
}

/**
 * Sorts `entries` into case order in place and returns their case numbers: case numbers follow
 * diagnosis dates (ties by patient key), from the layout's first number with small gaps, as real
 * study logs have, and never a number the export uses for "missing" (999 at one site).
 */
export function caseNumbers(entries: CaseKey[], layout: Layout, random: Random): string[] {
  const missing = new Set(layout.files.flatMap((f) => f.missing));
  // ISO dates and keys compare by code unit: the same order as text, without locale rules.
  entries.sort((a, b) => compare(a.diagnosisDate, b.diagnosisDate) || compare(a.key, b.key));
  const ids: string[] = [];
  let next = layout.caseStart;
  for (let i = 0; i < entries.length; i++) {
    while (missing.has(String(next))) next += 1;
    ids.push(String(next));
    next += 1 + (random.chance(0.25) ? random.int(1, 2) : 0);
  }
  return ids;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function base(patient: Patient, duplicateRow: boolean) {
  return {
    caseId: "",
    patient,
    familyName: patient.familyName,
    givenName: patient.givenName,
    duplicateRow,
    exclusion: patient.exclusion,
    remark: "",
  };
}

function advanced(patient: Patient): Line[] {
  return patient.lines.filter((l) => l.setting === "advanced");
}

function perioperative(patient: Patient): Line[] {
  return patient.lines.filter((l) => l.setting === "perioperative");
}

function movedLine(patient: Patient, fromLine: number): Line {
  const moved = advanced(patient)[fromLine];
  if (fromLine < 1 || moved === undefined) {
    throw new RangeError(`Patient ${patient.key} cannot move before line ${fromLine + 1}`);
  }
  return moved;
}

function checkSettings(patient: Patient, site: string, layout: Layout): void {
  if (perioperative(patient).length > 0 && !layout.reportsSetting) {
    throw new RangeError(
      `Site ${site} reports no setting but patient ${patient.key} has adjuvant lines`,
    );
  }
}

function report(lines: readonly Line[], layout: Layout, random: Random): ReportedLine[] {
  return lines.map((line, i) => ({
    line,
    number: i + 1,
    regimenText: random.pick(regimenTexts(layout.language, line.regimen)),
    withAssessments: true,
  }));
}
