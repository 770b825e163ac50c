/**
 * The Results section as the paper's would read, every number taken from `stats.json`.
 * Numbers are formatted as the publication formats them: integer months, integer percentages,
 * "n = x/y". Beside each headline median CI, the other methods' intervals are given, so a reader
 * sees how much the method matters.
 *
 * @module
 */

import type { AnalysisPlan } from "../_shared/analysis_plan.ts";
import { label } from "../_shared/labels.ts";
import type { Statistics } from "../statistics/compute.ts";
import type { Share } from "../statistics/descriptive.ts";
import type { KmSummary } from "../statistics/km_summary.ts";
import { decimals, timeInterval } from "../statistics/format.ts";
import type { RegimenLabels } from "../_shared/regimen_classes.ts";
import { listing, monthYear, sentenceNumber } from "./words.ts";

/** Screening counts from the data-quality reconciliation. */
export interface Screening {
  sites: number;
  patientRecords: number;
  excluded: { reason: string; n: number }[];
}

/** Everything the text needs. */
export interface ResultsInput {
  stats: Statistics;
  plan: AnalysisPlan;
  labels: RegimenLabels;
  screening: Screening;
}

const CI_NAMES = {
  spss: "SPSS-style symmetric",
  log: "R (log)",
  loglog: "SAS (log-log)",
  plain: "plain",
} as const;

const EXCLUSION_TEXT: Record<string, string> = {
  not_molecularly_confirmed: "no molecular confirmation",
  no_systemic_therapy_for_advanced_disease: "no systemic therapy for advanced disease",
  treated_outside_study_window: "first treatment outside the study period",
  duplicate_row: "duplicate record",
  referral_merged: "the same patient reported by a second institution",
};

const nOf = (s: Share | undefined) => s ? `n = ${s.n}/${s.total}, ${s.pct}%` : "n = 0";

/** A median with its headline CI and the other methods beside it. */
export function medianSentence(km: KmSummary, headline: AnalysisPlan["headlineCi"]): string {
  if (km.median === null) return "not reached";
  const others = (["spss", "log", "loglog"] as const)
    .filter((m) => m !== headline)
    .map((m) => `${CI_NAMES[m]} ${timeInterval(km.ci[m], 0)}`);
  return `${decimals(km.median, 0)} months (95% CI ${timeInterval(km.ci[headline], 0)}; ` +
    `${others.join("; ")})`;
}

function cohortParagraph({ stats, screening }: ResultsInput): string {
  const s = stats;
  const excluded = screening.excluded.filter((e) => e.n > 0);
  const exclusions = excluded.length === 0
    ? "none was excluded"
    : `${excluded.reduce((t, e) => t + e.n, 0)} were not included (${
      listing(excluded.map((e) => `${EXCLUSION_TEXT[e.reason] ?? e.reason}, ${e.n}`))
    })`;
  const sites = s.primary_site_ranked.map((code) =>
    `${label("primarySite", code).toLowerCase()} (${nOf(s.primary_site[code])})`
  );
  const fusions = Object.entries(s.fusion).filter(([, f]) => f.n > 0)
    .sort(([, a], [, b]) => b.n - a.n)
    .map(([code, f]) => `${label("fusion", code)} (${nOf(f)})`);
  const female = s.sex.F;
  return [
    `Patient records from ${screening.sites} institutions were screened: ${screening.patientRecords}`,
    `records, of which ${exclusions}. ${sentenceNumber(s.cohort.included)} patients from`,
    `${s.cohort.institutions} institutions were included; they started systemic therapy for`,
    `advanced disease between ${monthYear(s.cohort.first_therapy_start ?? "")} and`,
    `${monthYear(s.cohort.last_therapy_start ?? "")}. At diagnosis, the median age was`,
    `${
      decimals(s.age_at_diagnosis.median, 0)
    } (${s.age_at_diagnosis.min}-${s.age_at_diagnosis.max})`,
    `years and ${s.metastatic_at_diagnosis?.pct ?? 0}% (n = ${s.metastatic_at_diagnosis?.n ?? 0}/`,
    `${s.cohort.included}) had metastatic disease; ${female?.n ?? 0} (${female?.pct ?? 0}%) were`,
    `women. Primary tumours arose at ${listing(sites)}. The most common fusion was`,
    `${listing(s.fusion_most_common)}; in all, ${listing(fusions)}; every included patient had`,
    `molecular confirmation (n = ${s.molecularly_confirmed}/${s.cohort.included}).`,
  ].join(" ").replaceAll("/ ", "/");
}

function therapyParagraph({ stats, labels }: ResultsInput): string {
  const s = stats;
  const all = s.response.all_lines;
  const frequent = Object.entries(s.response.by_regimen)
    .sort(([a, x], [b, y]) => y.lines - x.lines || a.localeCompare(b))
    .slice(0, 3)
    .map(([r, x]) => `${(labels.regimen[r] ?? r).toLowerCase()} (${x.lines})`);
  return [
    `The median number of systemic therapies for advanced disease was`,
    `${decimals(s.lines.median, 0)} (range ${s.lines.min}-${s.lines.max}); ${all.lines} lines were`,
    `given in all, most often ${listing(frequent)}.`,
  ].join(" ");
}

function responseParagraph({ stats, plan, labels }: ResultsInput): string {
  const s = stats;
  const all = s.response.all_lines;
  const pct = (x: number) => decimals(x * 100, 0);
  const best = s.response.best_orr_regimen;
  const bestText = best.map((r) => {
    const x = s.response.by_regimen[r]!;
    const pfs = s.pfs[r];
    return `${
      (labels.regimen[r] ?? r).toLowerCase()
    } (${x.orr.pct}%, n = ${x.orr.n}/${x.orr.total};` +
      ` exact 95% CI ${pct(x.orr.ci_exact[0])}-${pct(x.orr.ci_exact[1])}%), with a median` +
      ` progression-free survival of ${
        pfs ? medianSentence(pfs, plan.headlineCi) : "not estimable"
      }`;
  });
  return [
    `Across all lines, the objective response rate was ${all.orr.pct}% (n = ${all.orr.n}/`,
    `${all.orr.total}; exact 95% CI ${pct(all.orr.ci_exact[0])}-${pct(all.orr.ci_exact[1])}%) and`,
    `the disease control rate ${all.dcr.pct}% (n = ${all.dcr.n}/${all.dcr.total}). The best`,
    `response rate was seen for patients treated with ${listing(bestText)}. Responses and`,
    `progression-free survival by regimen and by line are in Tables 2 and 3.`,
  ].join(" ").replaceAll("/ ", "/");
}

function survivalParagraph({ stats, plan }: ResultsInput): string {
  const os = stats.os;
  const landmarks = Object.entries(os.landmarks).map(([m, l]) =>
    `${decimals(l.survival * 100, 0)}% at ${m} months`
  );
  const fu = stats.follow_up;
  return [
    `${sentenceNumber(os.events)} of ${os.n} patients died. The median overall survival for`,
    `patients with advanced/metastatic disease was ${medianSentence(os, plan.headlineCi)};`,
    `overall survival was ${listing(landmarks)}. The median follow-up (reverse Kaplan-Meier) was`,
    `${decimals(fu.median, 0)} months${
      fu.ci ? ` (95% CI ${timeInterval(fu.ci as [number | null, number | null], 0)})` : ""
    }.`,
  ].join(" ");
}

/** The Results section's paragraphs. */
export function resultsParagraphs(input: ResultsInput): string[] {
  return [
    cohortParagraph(input),
    therapyParagraph(input),
    responseParagraph(input),
    survivalParagraph(input),
  ];
}
