/**
 * The statistics stage's pure core: every statistic of the results section, from the analysis
 * datasets and the data-quality record, under stable ids (`pipeline/_shared/contracts/stats.ts`,
 * meanings in `stats_ids.ts`), and the curves the figures draw.
 *
 * @module
 */

import type { AnalysisPlan } from "../_shared/analysis_plan.ts";
import type {
  AdslRecord,
  AdtteRecord,
  BestResponseRecord,
} from "../_shared/contracts/adam_records.ts";
import { CATEGORIES, lineGroup } from "../_shared/contracts/code_lists.ts";
import type { SurvivalCurves } from "../_shared/contracts/curves.ts";
import type { Quality } from "../_shared/contracts/quality.ts";
import type { KmSummary, Statistics } from "../_shared/contracts/stats.ts";
import { groupRows } from "../_shared/group_rows.ts";
import { countShares, distribution, mostCommon, ranked } from "../lib/descriptive.ts";
import { roundHalfUp } from "../lib/numbers/rounding.ts";
import { zForLevel } from "../lib/math/z_for_level.ts";
import { medianFollowUp } from "../lib/survival/reverse_kaplan_meier.ts";
import { compareOverallSurvival } from "./comparative.ts";
import { figureCounts } from "./figure_counts.ts";
import { analysedCounts, patientFlow } from "./flow.ts";
import { type KmOptions, summariseKaplanMeier } from "./km_summary.ts";
import { responseDisagreements, responseSources } from "./response_sources.ts";
import { summariseResponses } from "./response_summary.ts";
import { survivorsFollowUp } from "./survivors.ts";
import { survivalCurves } from "./survival_curves.ts";

/** What the statistics are computed from. */
export interface StatisticsInput {
  adsl: readonly AdslRecord[];
  responses: readonly BestResponseRecord[];
  /** The best responses by the other parameter (confirmed when the headline is not). */
  sensitivity: { parameter: "BOR" | "CBOR"; responses: readonly BestResponseRecord[] };
  adtte: readonly AdtteRecord[];
  quality: Quality;
}

/** Everything the statistics stage writes. */
export function computeStatistics(
  input: StatisticsInput,
  plan: AnalysisPlan,
): { stats: Statistics; curves: SurvivalCurves } {
  const { adsl, responses, adtte } = input;
  const level = plan.confidenceLevel;
  const km: KmOptions = {
    daysPerMonth: plan.daysPerMonth,
    level,
    landmarkMonths: plan.landmarkMonths,
    medianRule: plan.medianRule,
    minimumGroupSize: plan.minimumGroupSizeForEstimates,
  };
  const survival = (rows: readonly AdtteRecord[]): KmSummary => summariseKaplanMeier(rows, km);
  const os = adtte.filter((r) => r.paramcd === "OS");
  const pfs = adtte.filter((r) => r.paramcd === "PFS");

  const known = (values: string[]) => values.filter((v) => v !== "");
  const primarySite = countShares(known(adsl.map((p) => p.primarySite)), CATEGORIES.primarySite);
  const fusion = countShares(known(adsl.map((p) => p.fusion)), CATEGORIES.fusion);
  const byRegimen = groupBy(responses, (r) => r.regimen, (rows) => summariseResponses(rows, level));
  const followUp = medianFollowUp(os.map((r) => ({ time: r.days, event: r.event })), { level });
  const months = (days: number | null) =>
    days === null ? null : roundHalfUp(days / plan.daysPerMonth, 4);

  const stats: Statistics = {
    settings: {
      confidence_level: level,
      z: roundHalfUp(zForLevel(level), 4),
      days_per_month: plan.daysPerMonth,
      headline_ci: plan.headlineCi,
      median_rule: plan.medianRule,
      minimum_group_size_for_estimates: plan.minimumGroupSizeForEstimates,
      age_cutoff_years: plan.comparativeSurvival.ageCutoffYears,
      landmark_months: [...plan.landmarkMonths],
      minimum_class_size_for_figures: plan.minimumClassSizeForFigures,
    },
    flow: patientFlow(input.quality, adsl.length),
    analysed: analysedCounts(responses, adtte),
    cohort: {
      included: adsl.length,
      institutions: new Set(adsl.flatMap((p) => p.sites)).size,
      patients_by_site: countShares(adsl.map((p) => p.siteid)),
      first_therapy_start: adsl.map((p) => p.firstLineStart).sort()[0] ?? null,
      last_therapy_start: adsl.map((p) => p.lastLineStart).sort().at(-1) ?? null,
    },
    age_at_diagnosis: distribution(adsl.flatMap((p) => p.age === null ? [] : [p.age])),
    missing: {
      age: adsl.filter((p) => p.age === null).length,
      sex: adsl.filter((p) => p.sex === "").length,
      primary_site: adsl.filter((p) => p.primarySite === "").length,
      stage_at_diagnosis: adsl.filter((p) => p.stage === "").length,
      fusion: adsl.filter((p) => p.fusion === "").length,
    },
    sex: countShares(known(adsl.map((p) => p.sex)), CATEGORIES.sex),
    stage_at_diagnosis: countShares(known(adsl.map((p) => p.stage)), CATEGORIES.stage),
    metastatic_at_diagnosis: countShares(
      adsl.map((p) => p.metastatic ? "yes" : "no"),
      ["yes", "no"],
    ).yes!,
    primary_site: primarySite,
    primary_site_ranked: ranked(primarySite),
    fusion,
    fusion_most_common: mostCommon(fusion),
    // Every included patient had an EWSR1 rearrangement shown (an inclusion criterion).
    molecularly_confirmed: adsl.filter((p) => p.fusion.startsWith("EWSR1")).length,
    lines: {
      ...distribution(adsl.map((p) => p.lines)),
      distribution: countShares(adsl.map((p) => String(p.lines))),
    },
    response: {
      all_lines: summariseResponses(responses, level),
      by_regimen: byRegimen,
      best_orr_regimen: bestRate(byRegimen),
      by_class: groupBy(
        responses,
        (r) => r.regimenClass,
        (rows) => summariseResponses(rows, level),
      ),
      by_line: groupBy(
        responses,
        (r) => lineGroup(r.line),
        (rows) => summariseResponses(rows, level),
        CATEGORIES.lineGroups,
      ),
    },
    response_sensitivity: {
      parameter: input.sensitivity.parameter,
      all_lines: summariseResponses(input.sensitivity.responses, level),
      by_regimen: groupBy(
        input.sensitivity.responses,
        (r) => r.regimen,
        (rows) => summariseResponses(rows, level),
      ),
    },
    os: survival(os),
    comparative: {
      os: compareOverallSurvival(adsl, os, km, plan.comparativeSurvival.ageCutoffYears),
    },
    pfs: groupBy(pfs, (r) => r.regimen ?? "", survival),
    pfs_by_class: groupBy(pfs, (r) => r.regimenClass ?? "", survival),
    pfs_by_line: groupBy(pfs, (r) => lineGroup(r.line ?? 0), survival, CATEGORIES.lineGroups),
    pfs_all_lines: survival(pfs),
    follow_up: {
      median: months(followUp.median),
      ci: followUp.median === null ? null : [months(followUp.lower), months(followUp.upper)],
      survivors: survivorsFollowUp(os, plan.daysPerMonth),
    },
    response_sources: responseSources(responses),
    response_disagreements: responseDisagreements(input.quality),
    figures: figureCounts(adsl, responses, adtte),
  };
  const curves = survivalCurves(adtte, {
    daysPerMonth: plan.daysPerMonth,
    level,
    headlineCi: plan.headlineCi,
    minimumClassSize: plan.minimumClassSizeForFigures,
  });
  return { stats, curves };
}

/** The regimens with the highest objective response rate (ties all listed). */
function bestRate(byRegimen: Statistics["response"]["by_regimen"]): string[] {
  const rateOf = (k: string) => {
    const orr = byRegimen[k]!.orr;
    return orr.n / orr.total;
  };
  const best = Math.max(...Object.keys(byRegimen).map(rateOf));
  return Object.keys(byRegimen).filter((k) => rateOf(k) === best).sort();
}

/** Groups `rows` by `key` (keys sorted, or in `order` first) and summarises each group. */
function groupBy<T, S>(
  rows: readonly T[],
  key: (row: T) => string,
  summarise: (rows: T[]) => S,
  order: readonly string[] = [],
): Record<string, S> {
  const groups = groupRows(rows, key);
  const keys = [
    ...order.filter((k) => groups.has(k)),
    ...[...groups.keys()].filter((k) => !order.includes(k)).sort(),
  ];
  return Object.fromEntries(keys.map((k) => [k, summarise(groups.get(k)!)]));
}
