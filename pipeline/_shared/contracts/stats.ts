/**
 * The shape of `outputs/stats.json`: every number the results print, computed once by the
 * statistics stage and read by the figures and report stages. Ids are dotted paths into this
 * object (`os.median`, `pfs.sunitinib.ci.spss.0`); `stats_ids.ts` gives each one its meaning.
 *
 * Conventions: months at 4 decimals (days / the plan's `daysPerMonth`), proportions at 4
 * decimals, `pct` an integer percent rounded half up; an interval is `[lower, upper]`, `null` when
 * not estimable. Every interval is at `settings.confidence_level`.
 *
 * @module
 */

import type { Distribution, Share } from "../../lib/descriptive.ts";

export type { Distribution, Share };

/** A confidence interval of a time, months; null when not estimable. */
export type Interval = [number | null, number | null] | null;

/** The median-CI methods, all computed for every curve; the plan picks the headline one. */
export type CiMethod = "spss" | "log" | "loglog" | "plain";

/** Survival at a landmark time with its pointwise CI (log method). */
export interface Landmark {
  n_risk: number;
  survival: number;
  lower: number | null;
  upper: number | null;
}

/** Kaplan–Meier summary of one group, months. */
export interface KmSummary {
  n: number;
  events: number;
  censored: number;
  /** The median by the plan's `medianRule` (one of the two below). */
  median: number | null;
  /** Smallest event time with S <= 0.5 (the SPSS rule, no midpoint). */
  median_spss: number | null;
  /** The median as R's print.survfit gives it (midpoint rule on a flat 0.5), as SAS too. */
  median_r: number | null;
  /** Whether the two rules give different medians (a flat at exactly 0.5). */
  median_rules_differ: boolean;
  /** Whether the group is large enough for its median and CI to be printed (the plan's minimum). */
  reported: boolean;
  ci: Record<CiMethod, Interval>;
  /** Standard error of the SPSS-style median. */
  se_spss: number | null;
  landmarks: Record<string, Landmark>;
  /** Events by ADTTE's event description (EVNTDESC) as a key (`descriptionKey`): `death`. */
  events_by: Record<string, number>;
  /** Censored records by ADTTE's censoring description (CNSDTDSC) as a key: `last_contact`. */
  censored_by: Record<string, number>;
}

/** A rate with its exact (Clopper–Pearson) and Wilson intervals. */
export interface Rate {
  n: number;
  total: number;
  pct: number;
  proportion: number;
  ci_exact: [number, number];
  ci_wilson: [number, number];
}

/** Best overall responses of a group of lines. */
export interface ResponseSummary {
  lines: number;
  patients: number;
  CR: number;
  PR: number;
  SD: number;
  PD: number;
  NE: number;
  /** Lines whose best response rests on no response data at all (counted as NE). */
  no_data: number;
  orr: Rate;
  dcr: Rate;
}

/** Patient records from screening to inclusion (the data-quality reconciliation). */
export interface Flow {
  sites: number;
  screened_by_site: Record<string, number>;
  /** Patient rows read over all sites. */
  screened: number;
  /** Patient rows merged into another record of the same patient, by reason. */
  merged: Record<string, number>;
  merged_total: number;
  /** Distinct patients after merging. */
  patients: number;
  /** Patients excluded, by reason, in the order the criteria are applied. */
  excluded: Record<string, number>;
  excluded_total: number;
  included: number;
}

/** A chi-square test: statistic (4 decimals), degrees of freedom, p-value (4 significant
 * digits; null when no test could be made). */
export interface ChiSquare {
  statistic: number;
  df: number;
  p: number | null;
}

/** Overall survival compared between the levels of one baseline factor. */
export interface Comparison {
  /** The first level, the reference of the hazard ratios. */
  reference: string;
  /** Patients left out because the factor is missing for them. */
  missing: number;
  levels: Record<
    string,
    {
      n: number;
      events: number;
      median: number | null;
      ci: Record<CiMethod, Interval>;
      reported: boolean;
    }
  >;
  /** The log-rank test over the levels with patients (R's survdiff); null with fewer than two. */
  log_rank: ChiSquare | null;
  /** Univariable Cox model, Efron ties (R's coxph); null with fewer than two levels. */
  cox: {
    n: number;
    events: number;
    /** Hazard ratio of each level against the reference, with its Wald CI and p-value. */
    hazard_ratios: Record<
      string,
      { hr: number | null; lower: number | null; upper: number | null; p: number | null }
    >;
    likelihood_ratio: ChiSquare;
    wald: ChiSquare;
    score: ChiSquare;
    /** Warnings of the fit (`infinite-coefficient`, `not-converged`, `aliased`). */
    warnings: string[];
  } | null;
}

/** Patients and lines that enter each analysis. */
export interface Analysed {
  os_patients: number;
  pfs_lines: number;
  pfs_patients: number;
  response_lines: number;
  response_patients: number;
}

/** Counts the figures print in their captions. */
export interface FigureCounts {
  swimmer: {
    lanes: number;
    segments: number;
    markers: { response: number; progression: number; death: number; alive: number };
    /** Responses reported by a site without a date: no marker can be placed. */
    undated_responses: number;
  };
  waterfall: { lines: number };
  /** Regimens with at least one line (bars of the best-response figure). */
  response_bars: { regimens: number };
}

/** The plan's options that the statistics were computed under. */
export interface StatisticsSettings {
  confidence_level: number;
  /** The standard normal quantile of the level (1.96 at 95%), 4 decimals. */
  z: number;
  days_per_month: number;
  headline_ci: CiMethod;
  median_rule: "first_at_or_below_half" | "midpoint";
  minimum_group_size_for_estimates: number;
  age_cutoff_years: number;
  landmark_months: number[];
  minimum_class_size_for_figures: number;
}

/** Everything in `stats.json`. */
export interface Statistics {
  settings: StatisticsSettings;
  flow: Flow;
  analysed: Analysed;
  cohort: {
    included: number;
    institutions: number;
    patients_by_site: Record<string, Share>;
    first_therapy_start: string | null;
    last_therapy_start: string | null;
  };
  age_at_diagnosis: Distribution;
  /** Patients without a value, by baseline characteristic (Table 1's "Missing" rows). */
  missing: {
    age: number;
    sex: number;
    primary_site: number;
    stage_at_diagnosis: number;
    fusion: number;
  };
  sex: Record<string, Share>;
  stage_at_diagnosis: Record<string, Share>;
  metastatic_at_diagnosis: Share;
  primary_site: Record<string, Share>;
  primary_site_ranked: string[];
  fusion: Record<string, Share>;
  fusion_most_common: string[];
  molecularly_confirmed: number;
  lines: Distribution & { distribution: Record<string, Share> };
  response: {
    all_lines: ResponseSummary;
    by_regimen: Record<string, ResponseSummary>;
    best_orr_regimen: string[];
    by_class: Record<string, ResponseSummary>;
    by_line: Record<string, ResponseSummary>;
  };
  /** The best responses by the other parameter than the headline's (a sensitivity analysis). */
  response_sensitivity: {
    /** `CBOR` (CR/PR confirmed) when the headline is `BOR`, and the other way round. */
    parameter: "BOR" | "CBOR";
    all_lines: ResponseSummary;
    by_regimen: Record<string, ResponseSummary>;
  };
  os: KmSummary;
  /** Overall survival by the baseline factors of `COMPARATIVE_FACTORS`. */
  comparative: { os: Record<string, Comparison> };
  pfs: Record<string, KmSummary>;
  pfs_by_class: Record<string, KmSummary>;
  pfs_by_line: Record<string, KmSummary>;
  pfs_all_lines: KmSummary;
  follow_up: {
    median: number | null;
    ci: Interval;
    /** Follow-up of the patients alive at last contact, months: n, median, q1, q3, min, max. */
    survivors: Distribution | null;
  };
  /** Where the best responses come from: lines and responses (CR or PR) by ADRS source. */
  response_sources: Record<
    "measurements" | "timepoints" | "reported" | "none",
    { lines: number; responses: number }
  >;
  /** Disagreements between the sites' reported responses and RECIST on their own data. */
  response_disagreements: { best_response: number; timepoint: number };
  figures: FigureCounts;
}

/**
 * An ADTTE description as a key that is safe in a dotted id:
 * "PROGRESSION (RECIST 1.1 FROM MEASUREMENTS)" -> "progression_recist_1_1_from_measurements".
 */
export function descriptionKey(description: string): string {
  return description.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
}

/** The value at a dotted id such as `pfs.sunitinib.ci.spss.0`; undefined when absent. */
export function lookupStatistic(stats: unknown, id: string): unknown {
  let value: unknown = stats;
  for (const key of id.split(".")) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
