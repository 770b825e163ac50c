/**
 * The statistics stage's pure core: every statistic of the results section, from the analysis
 * datasets, under stable ids (documented in `pipeline/statistics/README.md`).
 *
 * @module
 */

import type { AnalysisPlan } from "../_shared/analysis_plan.ts";
import { groupRows } from "../_shared/group_rows.ts";
import type {
  AdslRecord,
  AdtteRecord,
  BestResponseRecord,
} from "../_shared/contracts/adam_records.ts";
import { countShares, distribution, mostCommon, ranked } from "../lib/descriptive.ts";
import { type KmOptions, type KmSummary, summariseKaplanMeier } from "./km_summary.ts";
import { summariseResponses } from "./response_summary.ts";
import { medianFollowUp } from "../lib/survival/reverse_kaplan_meier.ts";
import { roundHalfUp } from "../lib/numbers/rounding.ts";

/** Code lists in the order tables print them (codebook values). */
export const CATEGORIES = {
  sex: ["F", "M"],
  stage: ["localised", "locally_advanced", "metastatic"],
  primarySite: ["aponeurosis", "limb", "trunk", "head_neck", "visceral_gi", "other"],
  fusion: ["EWSR1-ATF1", "EWSR1-CREB1", "EWSR1-rearranged"],
  lineGroups: ["1", "2", "3", "4+"],
} as const;

/** The line group of Table 3. */
export function lineGroup(line: number): string {
  return line >= 4 ? "4+" : String(line);
}

/** Everything the statistics stage computes. */
export function computeStatistics(
  adsl: readonly AdslRecord[],
  responses: readonly BestResponseRecord[],
  adtte: readonly AdtteRecord[],
  plan: AnalysisPlan,
) {
  const level = plan.confidenceLevel;
  const km: KmOptions = {
    daysPerMonth: plan.daysPerMonth,
    level,
    landmarkMonths: plan.landmarkMonths,
  };
  const survival = (rows: readonly AdtteRecord[]): KmSummary =>
    summariseKaplanMeier(rows.map((r) => ({ time: r.days, event: r.event })), km);
  const os = adtte.filter((r) => r.paramcd === "OS");
  const pfs = adtte.filter((r) => r.paramcd === "PFS");

  const primarySite = countShares(adsl.map((p) => p.primarySite), CATEGORIES.primarySite);
  const fusion = countShares(adsl.map((p) => p.fusion), CATEGORIES.fusion);
  const byRegimen = groupSummaries(responses, (r) => r.regimen, level);
  const followUp = medianFollowUp(os.map((r) => ({ time: r.days, event: r.event })), { level });
  const months = (days: number | null) =>
    days === null ? null : roundHalfUp(days / plan.daysPerMonth, 4);

  return {
    cohort: {
      included: adsl.length,
      institutions: new Set(adsl.flatMap((p) => p.sites)).size,
      patients_by_site: countShares(adsl.map((p) => p.siteid)),
      first_therapy_start: adsl.map((p) => p.firstLineStart).sort()[0] ?? null,
      last_therapy_start: adsl.map((p) => p.lastLineStart).sort().at(-1) ?? null,
    },
    age_at_diagnosis: distribution(adsl.map((p) => p.age)),
    sex: countShares(adsl.map((p) => p.sex), CATEGORIES.sex),
    stage_at_diagnosis: countShares(adsl.map((p) => p.stage), CATEGORIES.stage),
    metastatic_at_diagnosis: countShares(adsl.map((p) => p.metastatic ? "yes" : "no"), [
      "yes",
      "no",
    ]).yes,
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
      by_class: groupSummaries(responses, (r) => r.regimenClass, level),
      by_line: groupSummaries(responses, (r) => lineGroup(r.line), level, CATEGORIES.lineGroups),
    },
    os: survival(os),
    pfs: groupBy(pfs, (r) => r.regimen ?? "", (rows) => survival(rows)),
    pfs_by_class: groupBy(pfs, (r) => r.regimenClass ?? "", (rows) => survival(rows)),
    pfs_by_line: groupBy(pfs, (r) => lineGroup(r.line ?? 0), survival, CATEGORIES.lineGroups),
    pfs_all_lines: survival(pfs),
    follow_up: {
      median: months(followUp.median),
      ci: followUp.median === null ? null : [months(followUp.lower), months(followUp.upper)],
    },
  };
}

/** The statistics object, as written to `stats.json`. */
export type Statistics = ReturnType<typeof computeStatistics>;

function groupSummaries(
  records: readonly BestResponseRecord[],
  key: (r: BestResponseRecord) => string,
  level: number,
  order: readonly string[] = [],
) {
  return groupBy(records, key, (rows) => summariseResponses(rows, level), order);
}

/** The regimens with the highest objective response rate (ties all listed). */
function bestRate(byRegimen: Record<string, { orr: { n: number; total: number } }>): string[] {
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
