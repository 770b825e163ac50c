/**
 * The lineage of one statistic, from its id to the raw rows: its value, what it means, the module
 * and function that computed it, the options of the analysis plan it depends on (with their
 * values), the analysis dataset and records it was computed from, the subjects behind it, and each
 * record's raw sources (ADaM's `SRCREC`). Pure: the shell (`why.ts`) reads the files.
 *
 * @module
 */

import type { AnalysisPlan } from "../analysis_plan.ts";
import { lookupStatistic } from "../contracts/stats.ts";
import { definitionOf } from "../contracts/stats_ids.ts";
import type { LineageRecord, PopulationSource } from "./populations.ts";

export type { LineageRecord } from "./populations.ts";

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
  /** The number of distinct subjects behind it. */
  subjects: number;
  /** The number of dataset records behind it. */
  count: number;
  /** The records, in the dataset's order; null when there are more than the source keeps. */
  records: LineageRecord[] | null;
}

/**
 * The lineage of `id`; throws a RangeError naming the problem when `id` is unknown. `populations`
 * finds the records behind it (from datasets in memory, or a scan of the files).
 */
export function explain(
  id: string,
  stats: unknown,
  plan: AnalysisPlan,
  populations: PopulationSource,
): Lineage {
  const value = lookupStatistic(stats, id);
  if (value === undefined) {
    throw new RangeError(`"${id}" is not an id of stats.json (ids are dotted paths: os.median)`);
  }
  const entry = definitionOf(id);
  if (entry === undefined) throw new RangeError(`"${id}" has no entry in the id catalogue`);
  const { definition, params } = entry;
  const filter = definition.filter.replace(/<(\w+)>/g, (_, name) => params[name] ?? `<${name}>`);
  const found = definition.select === undefined
    ? { count: 0, subjects: 0, records: [] }
    : populations(entry);
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
    subjects: found.subjects,
    count: found.count,
    records: found.records,
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
