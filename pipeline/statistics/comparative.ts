/**
 * Overall survival compared between the levels of each baseline factor (Table 5 and the forest
 * plot): a Kaplan–Meier summary per level, the log-rank test over the levels (R's `survdiff`,
 * rho = 0) and a univariable Cox model with Efron ties (R's `coxph`), its hazard ratios against
 * the factor's first level with Wald CIs at the plan's level, and its likelihood-ratio, Wald and
 * score tests. The library functions are validated against R (`tests/lib/fixtures`).
 *
 * Decisions: a patient without a value for the factor is left out of that comparison (counted in
 * `missing`); levels without patients are kept as rows with n = 0 and no estimate; a comparison
 * with fewer than two levels holding patients has no test (null). Ratios at 4 decimals, p-values
 * at 4 significant digits.
 *
 * @module
 */

import type { AdslRecord, AdtteRecord } from "../_shared/contracts/adam_records.ts";
import { COMPARATIVE_FACTORS, primarySiteGroup } from "../_shared/contracts/code_lists.ts";
import type { ChiSquare, Comparison } from "../_shared/contracts/stats.ts";
import { roundHalfUp } from "../lib/numbers/rounding.ts";
import { type ChiSquareTest, fitCox } from "../lib/survival/cox.ts";
import { logRank } from "../lib/survival/log_rank.ts";
import { type KmOptions, summariseKaplanMeier } from "./km_summary.ts";

/** The factor's value for a patient ("" when missing). */
function factorValue(key: string, p: AdslRecord, ageCutoff: number): string {
  switch (key) {
    case "metastatic_at_diagnosis":
      return p.stage === "" ? "" : p.metastatic ? "yes" : "no";
    case "primary_site_group":
      return primarySiteGroup(p.primarySite);
    case "fusion":
      return p.fusion;
    case "sex":
      return p.sex;
    case "age_group":
      return p.age === null ? "" : p.age < ageCutoff ? "below_cutoff" : "cutoff_or_above";
    default:
      throw new RangeError(`Expected a comparative factor but found "${key}"`);
  }
}

const round4 = (x: number) => roundHalfUp(x, 4);
const significant = (p: number | null) =>
  p === null || !Number.isFinite(p) ? null : Number(p.toPrecision(4));
const finite = (x: number) => Number.isFinite(x) ? round4(x) : null;

function chiSquare(test: ChiSquareTest): ChiSquare {
  return { statistic: round4(test.statistic), df: test.df, p: significant(test.pValue) };
}

/** OS by every factor of `COMPARATIVE_FACTORS`. */
export function compareOverallSurvival(
  adsl: readonly AdslRecord[],
  os: readonly AdtteRecord[],
  km: KmOptions,
  ageCutoff: number,
): Record<string, Comparison> {
  const patients = new Map(adsl.map((p) => [p.usubjid, p]));
  return Object.fromEntries(COMPARATIVE_FACTORS.map(({ key, levels }) => {
    const valued = os.map((r) => ({
      r,
      value: factorValue(key, patients.get(r.usubjid)!, ageCutoff),
    }))
      .filter((x) => x.value !== "");
    const records = valued.map((x) => ({ time: x.r.days, event: x.r.event }));
    const values = valued.map((x) => x.value);
    const levelStats = Object.fromEntries(levels.map((level) => {
      const own = valued.filter((x) => x.value === level).map((x) => x.r);
      if (own.length === 0) {
        const none = { spss: null, log: null, loglog: null, plain: null };
        return [level, {
          n: 0,
          events: 0,
          median: null,
          median_spss: null,
          median_r: null,
          median_rules_differ: false,
          reported: false,
          ci: none,
        }];
      }
      const s = summariseKaplanMeier(own, km);
      const { n, events, median, median_spss, median_r, median_rules_differ, reported, ci } = s;
      return [level, {
        n,
        events,
        median,
        median_spss,
        median_r,
        median_rules_differ,
        reported,
        ci,
      }];
    }));
    const present = levels.filter((level) => values.includes(level));
    const comparison: Comparison = {
      reference: levels[0],
      missing: os.length - valued.length,
      levels: levelStats,
      log_rank: null,
      cox: null,
    };
    if (present.length >= 2 && records.some((r) => r.event)) {
      comparison.log_rank = chiSquare(logRank(records, values, { levels: present }).test);
      const fit = fitCox(records, [{ kind: "factor", name: key, values, levels: present }], {
        level: km.level,
      });
      comparison.cox = {
        n: fit.n,
        events: fit.events,
        hazard_ratios: Object.fromEntries(fit.coefficients.map((c) => [c.level!, {
          hr: finite(c.hazardRatio),
          lower: finite(c.lower),
          upper: finite(c.upper),
          p: significant(c.pValue),
        }])),
        likelihood_ratio: chiSquare(fit.tests.likelihoodRatio),
        wald: chiSquare(fit.tests.wald),
        score: chiSquare(fit.tests.score),
        warnings: fit.warnings.map((w) => w.code),
      };
    }
    return [key, comparison];
  }));
}
