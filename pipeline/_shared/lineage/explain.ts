/**
 * The lineage of one statistic, from its id to the raw rows: its value, what it means, the module
 * and function that computed it, the options of the analysis plan it depends on (with their
 * values), the analysis dataset and records it was computed from, the subjects behind it, and each
 * record's raw sources (ADaM's `SRCREC`). Pure: the shell (`why.ts`) reads the files.
 *
 * @module
 */

import type { AnalysisPlan } from "../analysis_plan.ts";
import { splitReferences } from "../contracts/cdm.ts";
import { lookupStatistic } from "../contracts/stats.ts";
import { type DatasetRow, definitionOf, type StatisticDefinition } from "../contracts/stats_ids.ts";

/** One record behind a statistic. */
export interface LineageRecord {
  usubjid: string;
  /** The record's key in its dataset: parameter and line where the dataset has them. */
  key: string;
  /** The raw records behind it. */
  sources: string[];
}

/** Everything known about one statistic. */
export interface Lineage {
  id: string;
  value: unknown;
  meaning: string;
  computedBy: string;
  planOptions: { option: string; value: unknown }[];
  dataset: string;
  filter: string;
  /** Related values: a median's interval under every method. */
  related: { id: string; value: unknown }[];
  subjects: string[];
  records: LineageRecord[];
}

/** The records of one catalogue entry with its placeholders' values, read from its dataset. */
export function populationRecords(
  definition: StatisticDefinition,
  params: Record<string, string>,
  datasets: Record<string, readonly DatasetRow[]>,
): LineageRecord[] {
  const rows = definition.select
    ? (datasets[definition.dataset] ?? []).filter(definition.select(params))
    : [];
  return rows.map((row): LineageRecord => ({
    usubjid: row.USUBJID ?? "",
    key: [row.PARAMCD, row.LINE ? `line ${row.LINE}` : ""].filter((k) => k).join(" "),
    sources: splitReferences(row.SRCREC),
  }));
}

/**
 * The lineage of `id`; throws a RangeError naming the problem when `id` is unknown. `records`
 * reads the records of a population (by default from `datasets`; a caller explaining many ids
 * passes a cache, since many ids share one population).
 */
export function explain(
  id: string,
  stats: unknown,
  plan: AnalysisPlan,
  datasets: Record<string, readonly DatasetRow[]>,
  records: (
    definition: StatisticDefinition,
    params: Record<string, string>,
  ) => LineageRecord[] = (definition, params) => populationRecords(definition, params, datasets),
): Lineage {
  const value = lookupStatistic(stats, id);
  if (value === undefined) {
    throw new RangeError(`"${id}" is not an id of stats.json (ids are dotted paths: os.median)`);
  }
  const entry = definitionOf(id);
  if (entry === undefined) throw new RangeError(`"${id}" has no entry in the id catalogue`);
  const { definition, params } = entry;
  const filter = definition.filter.replace(/<(\w+)>/g, (_, name) => params[name] ?? `<${name}>`);
  const found = records(definition, params);
  return {
    id,
    value,
    meaning: definition.meaning,
    computedBy: definition.computedBy,
    planOptions: definition.planOptions.map((option) => ({
      option,
      value: lookupStatistic(plan, option),
    })),
    dataset: definition.dataset,
    filter,
    related: relatedValues(id, stats),
    subjects: [...new Set(found.map((r) => r.usubjid))].filter((s) => s !== ""),
    records: found,
  };
}

/** A median's interval under every method, when `id` is a Kaplan–Meier median or limit. */
function relatedValues(id: string, stats: unknown): { id: string; value: unknown }[] {
  const match = /^(.*)\.(median|median_r|ci\.\w+(?:\.[01])?)$/.exec(id);
  if (!match) return [];
  const summary = match[1]!;
  const ci = lookupStatistic(stats, `${summary}.ci`);
  if (ci === null || typeof ci !== "object") return [];
  return [
    { id: `${summary}.median`, value: lookupStatistic(stats, `${summary}.median`) },
    { id: `${summary}.median_r`, value: lookupStatistic(stats, `${summary}.median_r`) },
    ...Object.keys(ci).map((method) => ({
      id: `${summary}.ci.${method}`,
      value: lookupStatistic(stats, `${summary}.ci.${method}`),
    })),
  ];
}
