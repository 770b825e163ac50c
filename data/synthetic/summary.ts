/**
 * The publication's quantities computed on the generator's internal cohort, before export, by the
 * rules of the pipeline's contract (eligibility, lines for advanced disease only, age in completed
 * years, best overall response per line, progression-free survival per line, overall survival from
 * the advanced diagnosis). Survival comes back as whole-day records for a Kaplan–Meier fit; the
 * generator's tests fit them with the pipeline's statistics library and compare with the targets.
 *
 * @module
 */

import { completedYears, daysBetween } from "../../pipeline/_shared/dates.ts";
import type { Cohort, DetailLevel, Line, Patient, SiteRecord } from "./model.ts";
import { layoutNamed } from "./export/layouts/mod.ts";

/** A survival record in whole days. */
export interface DaysRecord {
  time: number;
  event: boolean;
}

/** What the targets are about, on the included patients. */
export interface CohortSummary {
  included: number;
  sites: string[];
  firstStart: string;
  lastStart: string;
  age: { median: number; min: number; max: number };
  metastatic: number;
  primarySites: Record<string, number>;
  fusions: Record<string, number>;
  confirmed: number;
  lines: { median: number; min: number; max: number };
  /** Per regimen: lines, objective responses (CR or PR), and lines not evaluable (NE). */
  responses: Record<string, { lines: number; responses: number; notEvaluable: number }>;
  sunitinibPfs: DaysRecord[];
  os: DaysRecord[];
}

/** The summary of `cohort`'s included patients. */
export function summariseCohort(cohort: Cohort): CohortSummary {
  const mainRecords = cohort.records.filter((r) =>
    r.exclusion === null && r.patient.exclusion === null
  );
  const levels = lineLevels(cohort);
  const patients = mainRecords.map((r) => r.patient);
  const advanced = patients.map((p) => p.lines.filter((l) => l.setting === "advanced"));
  const starts = advanced.flat().map((l) => l.startDate).sort();
  const responses: CohortSummary["responses"] = {};
  for (const line of advanced.flat()) {
    const entry = responses[line.regimen] ??= { lines: 0, responses: 0, notEvaluable: 0 };
    entry.lines++;
    if (line.bestResponse === "CR" || line.bestResponse === "PR") entry.responses++;
    if (line.bestResponse === "NE") entry.notEvaluable++;
  }
  const sunitinibPfs = patients.flatMap((patient, p) =>
    advanced[p]!.flatMap((line, i) =>
      line.regimen === "sunitinib"
        ? [linePfs(patient, advanced[p]!, i, levels.get(line) ?? "best")]
        : []
    )
  );
  return {
    included: patients.length,
    sites: [...new Set(mainRecords.map((r) => r.site))].sort(),
    firstStart: starts[0] ?? "",
    lastStart: starts[starts.length - 1] ?? "",
    age: spread(patients.map((p) => completedYears(p.birthDate, p.diagnosisDate))),
    metastatic: patients.filter((p) => p.stage === "metastatic").length,
    primarySites: tally(patients.map((p) => p.primarySite)),
    fusions: tally(patients.map((p) => p.fusion)),
    confirmed: patients.filter((p) => p.molecularConfirmation === "yes").length,
    lines: spread(advanced.map((lines) => lines.length)),
    responses,
    sunitinibPfs,
    os: patients.map((p) => ({
      time: daysBetween(p.advancedDate!, p.lastContactDate),
      event: p.vitalStatus === "dead",
    })),
  };
}

/**
 * Progression-free survival of line `i` (pipeline contract): the first progression (the first PD
 * time point, or the reported progression date when the line has no assessments), or death before
 * the next line; otherwise censored at the last assessment after the start (at the end of
 * treatment, or the last contact, for a line without one), never after the next line starts.
 */
export function linePfs(
  patient: Patient,
  lines: readonly Line[],
  i: number,
  level: DetailLevel,
): DaysRecord {
  const line = lines[i]!;
  const next = lines[i + 1]?.startDate;
  const after = level === "best" ? [] : line.assessments.filter((a) => a.date > line.startDate);
  const progression = level === "best"
    ? line.progressionDate
    : after.find((a) => a.timepoint === "PD")?.date ?? null;
  const days = (date: string) => daysBetween(line.startDate, date);
  if (progression !== null) return { time: days(progression), event: true };
  if (patient.deathDate !== null && (next === undefined || patient.deathDate < next)) {
    return { time: days(patient.deathDate), event: true };
  }
  const censor = after.length > 0
    ? after[after.length - 1]!.date
    : line.endDate ?? patient.lastContactDate;
  return { time: days(next !== undefined && next < censor ? next : censor), event: false };
}

/** The most detailed level at which any site reports each line with its assessments. */
function lineLevels(cohort: Cohort): Map<Line, DetailLevel> {
  const layouts = new Map(cohort.sites.map((s) => [s.site, layoutNamed(s.layout)]));
  const rank: Record<DetailLevel, number> = { measurements: 0, timepoints: 1, best: 2 };
  const levels = new Map<Line, DetailLevel>();
  for (const record of cohort.records as SiteRecord[]) {
    const level = layouts.get(record.site)!.level;
    for (const reported of record.lines) {
      const own = reported.withAssessments ? level : "best";
      const known = levels.get(reported.line);
      if (known === undefined || rank[own] < rank[known]) levels.set(reported.line, own);
    }
  }
  return levels;
}

/** Median (R type 7), minimum and maximum. */
function spread(values: number[]): { median: number; min: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * 0.5;
  const low = sorted[Math.floor(h)]!;
  const high = sorted[Math.ceil(h)]!;
  return {
    median: low + (h - Math.floor(h)) * (high - low),
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
  };
}

function tally(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
