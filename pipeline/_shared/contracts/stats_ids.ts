/**
 * What each id of `stats.json` means, how it was computed and from which records: the catalogue
 * an auditor reads to go from a printed number to its definition, and `deno task why` to go on to
 * the subjects and raw rows behind it. Every id of `stats.json` falls under exactly one entry (a
 * test checks it), by the longest matching pattern.
 *
 * Patterns are dotted ids with placeholders: `<regimen>` and `<class>` are the normalised codes of
 * `data/vocabulary/`, `<line>` a line group (`1`, `2`, `3`, `4+`), `<site>` a site code, `<code>`
 * a code of the codebook, `<months>` a landmark of the plan, `<reason>` a reason code. An entry
 * covers its pattern and every id below it (`os` covers `os.ci.spss.0`).
 *
 * @module
 */

import { lineGroup } from "./code_lists.ts";

/** A record of an analysis dataset, as CSV cells by column name. */
export type DatasetRow = Record<string, string | undefined>;

/** One entry of the catalogue. */
export interface StatisticDefinition {
  /** The id pattern. */
  id: string;
  meaning: string;
  /** The module and function that computed it, `path#function`. */
  computedBy: string;
  /** The analysis dataset (below the output folder) it was computed from. */
  dataset: "analysis/adsl.csv" | "analysis/adrs.csv" | "analysis/adtte.csv" | "data-quality.json";
  /** Which records, in words, placeholders kept. */
  filter: string;
  /** The records, as a predicate on the dataset's rows given the placeholders' values. */
  select?: (params: Record<string, string>) => (row: DatasetRow) => boolean;
  /** Options of the analysis plan the value depends on (beyond the study population's). */
  planOptions: string[];
}

const POPULATION = ["eligibility.therapyWindow"];
const RESPONSE_OPTIONS = [...POPULATION, "recist", "confidenceLevel"];
const PFS_OPTIONS = [
  ...POPULATION,
  "progressionFreeSurvival",
  "recist",
  "daysPerMonth",
  "confidenceLevel",
  "landmarkMonths",
];
const KM_MODULE = "pipeline/statistics/km_summary.ts#summariseKaplanMeier";
const RESPONSE_MODULE = "pipeline/statistics/response_summary.ts#summariseResponses";
const COHORT_MODULE = "pipeline/statistics/compute.ts#computeStatistics";

const all = () => () => true;
const headline = () => (row: DatasetRow) => row.ANL01FL === "Y";
const pfs = () => (row: DatasetRow) => row.PARAMCD === "PFS";
const inLineGroup = (row: DatasetRow, group: string) =>
  row.LINE !== undefined && row.LINE !== "" && lineGroup(Number(row.LINE)) === group;

/** The catalogue. */
export const STATISTICS: readonly StatisticDefinition[] = [
  {
    id: "settings",
    meaning: "the analysis plan's options the statistics were computed under (and z of the level)",
    computedBy: COHORT_MODULE,
    dataset: "analysis/adsl.csv",
    filter: "none: values of the plan",
    planOptions: ["confidenceLevel", "daysPerMonth", "headlineCi", "landmarkMonths"],
  },
  {
    id: "flow",
    meaning: "patient records from screening to inclusion: read, merged by reason, excluded by " +
      "reason, included (`screened_by_site.<site>` per site)",
    computedBy: "pipeline/statistics/flow.ts#patientFlow",
    dataset: "data-quality.json",
    filter: "the reconciliation of the patients tables",
    planOptions: POPULATION,
  },
  {
    id: "analysed",
    meaning: "patients and lines entering each analysis: OS patients, PFS lines and patients, " +
      "response lines and patients",
    computedBy: "pipeline/statistics/flow.ts#analysedCounts",
    dataset: "analysis/adtte.csv",
    filter: "every OS and PFS record; every headline best response",
    select: all,
    planOptions: POPULATION,
  },
  {
    id: "cohort",
    meaning: "included patients, institutions that reported one, patients by site " +
      "(`patients_by_site.<site>`: n, total, pct), first and last start of a line",
    computedBy: COHORT_MODULE,
    dataset: "analysis/adsl.csv",
    filter: "every included patient",
    select: all,
    planOptions: POPULATION,
  },
  {
    id: "age_at_diagnosis",
    meaning: "age at diagnosis in completed years: n, median, q1, q3 (R type 7), min, max",
    computedBy: "pipeline/lib/descriptive.ts#distribution",
    dataset: "analysis/adsl.csv",
    filter: "every included patient",
    select: all,
    planOptions: POPULATION,
  },
  {
    id: "missing",
    meaning: "patients without a value, by baseline characteristic (age, sex, primary_site, " +
      "stage_at_diagnosis, fusion)",
    computedBy: COHORT_MODULE,
    dataset: "analysis/adsl.csv",
    filter: "the characteristic's column empty",
    planOptions: POPULATION,
  },
  ...(["sex", "stage_at_diagnosis", "primary_site", "fusion"] as const).map((id) => ({
    id: `${id}.<code>`,
    meaning: `patients by ${id.replaceAll("_", " ")}: n, total and integer percent (half up)`,
    computedBy: "pipeline/lib/descriptive.ts#countShares",
    dataset: "analysis/adsl.csv" as const,
    filter: `${
      { sex: "SEX", stage_at_diagnosis: "STAGEDX", primary_site: "PRIMSITE", fusion: "FUSION" }[id]
    } = <code>`,
    select: (p: Record<string, string>) => (row: DatasetRow) =>
      row[
        { sex: "SEX", stage_at_diagnosis: "STAGEDX", primary_site: "PRIMSITE", fusion: "FUSION" }[
          id
        ]
      ] === p.code,
    planOptions: POPULATION,
  })),
  {
    id: "metastatic_at_diagnosis",
    meaning: "patients metastatic at diagnosis: n, total, pct",
    computedBy: "pipeline/lib/descriptive.ts#countShares",
    dataset: "analysis/adsl.csv",
    filter: "METSDXFL = Y",
    select: () => (row) => row.METSDXFL === "Y",
    planOptions: POPULATION,
  },
  {
    id: "primary_site_ranked",
    meaning: "primary sites by number of patients, most first (ties by code)",
    computedBy: "pipeline/lib/descriptive.ts#ranked",
    dataset: "analysis/adsl.csv",
    filter: "every included patient",
    select: all,
    planOptions: POPULATION,
  },
  {
    id: "fusion_most_common",
    meaning: "the fusion(s) with the most patients",
    computedBy: "pipeline/lib/descriptive.ts#mostCommon",
    dataset: "analysis/adsl.csv",
    filter: "every included patient",
    select: all,
    planOptions: POPULATION,
  },
  {
    id: "molecularly_confirmed",
    meaning: "included patients with an EWSR1 rearrangement shown (an inclusion criterion)",
    computedBy: COHORT_MODULE,
    dataset: "analysis/adsl.csv",
    filter: "FUSION starts with EWSR1",
    select: () => (row) => (row.FUSION ?? "").startsWith("EWSR1"),
    planOptions: POPULATION,
  },
  {
    id: "lines",
    meaning: "lines of systemic therapy per patient: n, median, q1, q3, min, max; " +
      "`distribution.<k>`: patients with k lines",
    computedBy: "pipeline/lib/descriptive.ts#distribution",
    dataset: "analysis/adsl.csv",
    filter: "every included patient (NLINES)",
    select: all,
    planOptions: POPULATION,
  },
  {
    id: "response.all_lines",
    meaning: "best overall responses of every line: lines, patients, CR, PR, SD, PD, NE, " +
      "no_data; `orr` and `dcr` rates with exact and Wilson CIs",
    computedBy: RESPONSE_MODULE,
    dataset: "analysis/adrs.csv",
    filter: "ANL01FL = Y (the plan's headline best response)",
    select: headline,
    planOptions: RESPONSE_OPTIONS,
  },
  {
    id: "response.by_regimen.<regimen>",
    meaning: "best overall responses of the lines of a regimen (as `response.all_lines`)",
    computedBy: RESPONSE_MODULE,
    dataset: "analysis/adrs.csv",
    filter: "ANL01FL = Y and REGIMEN = <regimen>",
    select: (p) => (row) => row.ANL01FL === "Y" && row.REGIMEN === p.regimen,
    planOptions: RESPONSE_OPTIONS,
  },
  {
    id: "response.by_class.<class>",
    meaning: "best overall responses of the lines of a regimen class (as `response.all_lines`)",
    computedBy: RESPONSE_MODULE,
    dataset: "analysis/adrs.csv",
    filter: "ANL01FL = Y and REGCLASS = <class>",
    select: (p) => (row) => row.ANL01FL === "Y" && row.REGCLASS === p.class,
    planOptions: RESPONSE_OPTIONS,
  },
  {
    id: "response.by_line.<line>",
    meaning: "best overall responses of the lines of a line group (as `response.all_lines`)",
    computedBy: RESPONSE_MODULE,
    dataset: "analysis/adrs.csv",
    filter: "ANL01FL = Y and LINE in line group <line>",
    select: (p) => (row) => row.ANL01FL === "Y" && inLineGroup(row, p.line!),
    planOptions: RESPONSE_OPTIONS,
  },
  {
    id: "response.best_orr_regimen",
    meaning: "the regimen(s) with the highest objective response rate",
    computedBy: COHORT_MODULE,
    dataset: "analysis/adrs.csv",
    filter: "ANL01FL = Y",
    select: headline,
    planOptions: RESPONSE_OPTIONS,
  },
  {
    id: "os",
    meaning: "Kaplan–Meier summary of overall survival: n, events, censored, median (SPSS " +
      "rule), median_r (R's midpoint rule), `ci.<method>` for spss, log, loglog and plain, " +
      "se_spss, `landmarks.<months>` (n_risk, survival, log CI), events_by and censored_by " +
      "(ADTTE descriptions as keys); months",
    computedBy: KM_MODULE,
    dataset: "analysis/adtte.csv",
    filter: "PARAMCD = OS",
    select: () => (row) => row.PARAMCD === "OS",
    planOptions: [
      ...POPULATION,
      "overallSurvival.origin",
      "daysPerMonth",
      "confidenceLevel",
      "landmarkMonths",
    ],
  },
  {
    id: "comparative.os.<factor>",
    meaning: "overall survival compared between the levels of a baseline factor: per level " +
      "(`levels.<level>`) n, events, median and its CIs; the log-rank test (R's survdiff); a " +
      "univariable Cox model with Efron ties (R's coxph): `hazard_ratios.<level>` (hr, Wald " +
      "lower and upper, p) against `reference`, and the likelihood-ratio, Wald and score tests",
    computedBy: "pipeline/statistics/comparative.ts#compareOverallSurvival",
    dataset: "analysis/adtte.csv",
    filter: "PARAMCD = OS, with ADSL's value of the factor <factor>",
    select: () => (row) => row.PARAMCD === "OS",
    planOptions: [
      ...POPULATION,
      "overallSurvival.origin",
      "confidenceLevel",
      "comparativeSurvival.ageCutoffYears",
    ],
  },
  {
    id: "pfs.<regimen>",
    meaning: "Kaplan–Meier summary of progression-free survival of the lines of a regimen " +
      "(as `os`)",
    computedBy: KM_MODULE,
    dataset: "analysis/adtte.csv",
    filter: "PARAMCD = PFS and REGIMEN = <regimen>",
    select: (p) => (row) => row.PARAMCD === "PFS" && row.REGIMEN === p.regimen,
    planOptions: PFS_OPTIONS,
  },
  {
    id: "pfs_by_class.<class>",
    meaning: "Kaplan–Meier summary of PFS of the lines of a regimen class (as `os`)",
    computedBy: KM_MODULE,
    dataset: "analysis/adtte.csv",
    filter: "PARAMCD = PFS and REGCLASS = <class>",
    select: (p) => (row) => row.PARAMCD === "PFS" && row.REGCLASS === p.class,
    planOptions: PFS_OPTIONS,
  },
  {
    id: "pfs_by_line.<line>",
    meaning: "Kaplan–Meier summary of PFS of the lines of a line group (as `os`)",
    computedBy: KM_MODULE,
    dataset: "analysis/adtte.csv",
    filter: "PARAMCD = PFS and LINE in line group <line>",
    select: (p) => (row) => row.PARAMCD === "PFS" && inLineGroup(row, p.line!),
    planOptions: PFS_OPTIONS,
  },
  {
    id: "pfs_all_lines",
    meaning: "Kaplan–Meier summary of PFS of every line (as `os`)",
    computedBy: KM_MODULE,
    dataset: "analysis/adtte.csv",
    filter: "PARAMCD = PFS",
    select: pfs,
    planOptions: PFS_OPTIONS,
  },
  {
    id: "follow_up",
    meaning: "median follow-up by reverse Kaplan–Meier (death censors, alive is the event) " +
      "with its log CI, months",
    computedBy: "pipeline/lib/survival/reverse_kaplan_meier.ts#medianFollowUp",
    dataset: "analysis/adtte.csv",
    filter: "PARAMCD = OS",
    select: () => (row) => row.PARAMCD === "OS",
    planOptions: [...POPULATION, "overallSurvival.origin", "daysPerMonth", "confidenceLevel"],
  },
  {
    id: "follow_up.survivors",
    meaning: "follow-up of the patients alive at last contact (censored OS times), months: n, " +
      "median, q1, q3, min, max",
    computedBy: "pipeline/statistics/survivors.ts#survivorsFollowUp",
    dataset: "analysis/adtte.csv",
    filter: "PARAMCD = OS and CNSR = 1",
    select: () => (row) => row.PARAMCD === "OS" && row.CNSR === "1",
    planOptions: [...POPULATION, "overallSurvival.origin", "daysPerMonth"],
  },
  {
    id: "response_sensitivity",
    meaning: "best overall responses by the other best-response parameter than the headline " +
      "(`parameter`: CBOR, CR/PR confirmed, when the plan does not require confirmation): " +
      "`all_lines` and `by_regimen.<regimen>` as `response.all_lines`",
    computedBy: RESPONSE_MODULE,
    dataset: "analysis/adrs.csv",
    filter: "PARAMCD = the other parameter",
    select: () => (row) => row.PARAMCD !== "OVRLRESP" && row.ANL01FL !== "Y",
    planOptions: RESPONSE_OPTIONS,
  },
  {
    id: "response_sources.<source>",
    meaning: "lines and responses (CR or PR) by the source of the best response: measurements " +
      "(RECIST derived), timepoints (reported time-point responses), reported (the site's best " +
      "response), none",
    computedBy: "pipeline/statistics/response_sources.ts#responseSources",
    dataset: "analysis/adrs.csv",
    filter: "ANL01FL = Y and RSSRC = the source",
    select: (p) => (row) =>
      row.ANL01FL === "Y" && row.RSSRC === {
          measurements: "DERIVED FROM MEASUREMENTS",
          timepoints: "REPORTED TIME-POINT RESPONSES",
          reported: "REPORTED BEST RESPONSE",
          none: "NO RESPONSE DATA",
        }[p.source!],
    planOptions: RESPONSE_OPTIONS,
  },
  {
    id: "response_disagreements",
    meaning: "disagreements between a site's reported response and RECIST 1.1 on the site's " +
      "own data: best responses and time-point responses (listed in data-quality.md)",
    computedBy: "pipeline/statistics/response_sources.ts#responseDisagreements",
    dataset: "data-quality.json",
    filter: "warnings with rule response-disagrees-with-recist",
    planOptions: RESPONSE_OPTIONS,
  },
  {
    id: "figures.swimmer",
    meaning: "counts the swimmer plot prints: lanes, segments, markers (response, progression, " +
      "death, alive) and responses reported without a date",
    computedBy: "pipeline/statistics/figure_counts.ts#figureCounts",
    dataset: "analysis/adtte.csv",
    filter: "every OS and PFS record, with ADSL's deaths and ADRS's headline responses",
    select: all,
    planOptions: PFS_OPTIONS,
  },
  {
    id: "figures.waterfall",
    meaning: "lines with a best percentage change of the target-lesion sum (ADRS PCHG)",
    computedBy: "pipeline/statistics/figure_counts.ts#figureCounts",
    dataset: "analysis/adrs.csv",
    filter: "ANL01FL = Y and PCHG present",
    select: () => (row) => row.ANL01FL === "Y" && (row.PCHG ?? "") !== "",
    planOptions: RESPONSE_OPTIONS,
  },
  {
    id: "figures.response_bars",
    meaning: "regimens with at least one line (bars of the best-response figure)",
    computedBy: "pipeline/statistics/figure_counts.ts#figureCounts",
    dataset: "analysis/adrs.csv",
    filter: "ANL01FL = Y",
    select: headline,
    planOptions: RESPONSE_OPTIONS,
  },
];

/** The entry of `id` and its placeholders' values, by the longest matching pattern. */
export function definitionOf(
  id: string,
): { definition: StatisticDefinition; params: Record<string, string> } | undefined {
  const keys = id.split(".");
  let found: { definition: StatisticDefinition; params: Record<string, string> } | undefined;
  let length = 0;
  for (const definition of STATISTICS) {
    const pattern = definition.id.split(".");
    if (pattern.length > keys.length || pattern.length <= length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((part, i) => {
      const placeholder = /^<(\w+)>$/.exec(part);
      if (placeholder) params[placeholder[1]!] = keys[i]!;
      return placeholder !== null || part === keys[i];
    });
    if (matches) {
      found = { definition, params };
      length = pattern.length;
    }
  }
  return found;
}
