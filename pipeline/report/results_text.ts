/**
 * The Results section as the paper's would read, every number taken from `stats.json`.
 * Numbers are formatted as the publication formats them: integer months, integer percentages,
 * "n = x/y". Beside each headline median CI, the other methods' intervals are given, so a reader
 * sees how much the method matters.
 *
 * @module
 */

import type { AnalysisPlan } from "../_shared/analysis_plan.ts";
import type { Statistics } from "../statistics/compute.ts";
import type { Share } from "../lib/descriptive.ts";
import type { KmSummary } from "../statistics/km_summary.ts";
import { decimals, timeInterval } from "../lib/numbers/format.ts";
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

const MERGE_TEXT: Record<string, string> = {
  duplicate_row: "a duplicate record",
  referral_merged: "a patient reported by a second institution",
};

const EXCLUSION_TEXT: Record<string, string> = {
  not_molecularly_confirmed: "no molecular confirmation",
  no_systemic_therapy_for_advanced_disease: "no systemic therapy for advanced disease",
  treated_outside_study_window: "first treatment outside the study period",
};

/** Primary sites as a sentence names them. */
const SITE_PROSE: Record<string, string> = {
  aponeurosis: "aponeurosis",
  limb: "non-aponeurosis limb sites",
  trunk: "the trunk",
  head_neck: "the head and neck",
  visceral_gi: "visceral or gastrointestinal sites",
  other: "other sites",
};

/** Fusions as a sentence names them. */
const FUSION_PROSE: Record<string, string> = {
  "EWSR1-ATF1": "EWSR1-ATF1",
  "EWSR1-CREB1": "EWSR1-CREB1",
  "EWSR1-rearranged": "an EWSR1 rearrangement with the partner not determined",
};

const nOf = (s: Share | undefined) => s ? `n = ${s.n}/${s.total}, ${s.pct}%` : "n = 0";

/** "2 (a duplicate record, 1; ...)": a count and its reasons, or "none". */
function reasons(counts: readonly { reason: string; n: number }[], text: Record<string, string>) {
  const present = counts.filter((c) => c.n > 0);
  const total = present.reduce((t, c) => t + c.n, 0);
  if (total === 0) return "none";
  return `${total} (${present.map((c) => `${text[c.reason] ?? c.reason}, ${c.n}`).join("; ")})`;
}

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
  const merged = screening.excluded.filter((e) => e.reason in MERGE_TEXT);
  const excluded = screening.excluded.filter((e) => !(e.reason in MERGE_TEXT));
  const sites = s.primary_site_ranked
    .filter((code) => (s.primary_site[code]?.n ?? 0) > 0)
    .map((code) => `${SITE_PROSE[code] ?? code} (${nOf(s.primary_site[code])})`);
  const fusionText = (code: string) => `${FUSION_PROSE[code] ?? code} (${nOf(s.fusion[code])})`;
  const leaders = s.fusion_most_common;
  const others = Object.entries(s.fusion)
    .filter(([code, f]) => f.n > 0 && !leaders.includes(code))
    .sort(([a, x], [b, y]) => y.n - x.n || a.localeCompare(b))
    .map(([code]) => fusionText(code));
  const fusionSentence = `The most common fusion${leaders.length > 1 ? "s were" : " was"} ` +
    listing(leaders.map(fusionText)) +
    (others.length > 0 ? `, followed by ${listing(others)}` : "");
  const female = s.sex.F;
  const metastatic = s.metastatic_at_diagnosis;
  return [
    `${sentenceNumber(screening.patientRecords)} patient records from ${screening.sites}`,
    `institutions were screened; ${reasons(merged, MERGE_TEXT)} were merged into another record`,
    `of the same patient, and ${reasons(excluded, EXCLUSION_TEXT)} were excluded.`,
    `${sentenceNumber(s.cohort.included)} patients from ${s.cohort.institutions} institutions`,
    `were included; they started systemic therapy for advanced disease between`,
    `${monthYear(s.cohort.first_therapy_start ?? "")} and`,
    `${monthYear(s.cohort.last_therapy_start ?? "")}. At diagnosis, the median age was`,
    `${
      decimals(s.age_at_diagnosis.median, 0)
    } (${s.age_at_diagnosis.min}-${s.age_at_diagnosis.max})`,
    `years and ${metastatic?.pct ?? 0}% (n = ${metastatic?.n ?? 0}/${s.cohort.included}) had`,
    `metastatic disease; ${female?.n ?? 0} (${female?.pct ?? 0}%) were women. Primary tumours`,
    `were at ${listing(sites)}. ${fusionSentence}; ${s.molecularly_confirmed} of`,
    `${s.cohort.included} included patients were molecularly confirmed.`,
  ].join(" ");
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
