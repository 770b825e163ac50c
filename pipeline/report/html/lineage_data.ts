/**
 * The lineage of every number the HTML report prints, computed once by the report stage and
 * embedded in the page, so that a reader who doubts a number can open its origin without any
 * tool: its value at full precision, meaning, computing function, plan options, related values
 * (a median's interval under every method) and the records behind it with their raw rows.
 *
 * Many ids share the same records (every number of Table 2's sunitinib row, every OS number), and
 * a record can stand behind many populations (a PFS line is in its regimen, its class, its line
 * group and all lines), and every id of one catalogue entry shares its meaning: definitions and
 * records are stored once, populations as lists of record numbers, and each id names its
 * definition and population. That keeps the page small (well under 2 MB for the study). A
 * population larger than `MAX_EMBEDDED_RECORDS` (a registry-sized cohort) is not embedded: the
 * page gives its counts and the command that lists it (`deno task why ID`), so the file stays
 * bounded whatever the cohort's size.
 *
 * @module
 */

import { type AnalysisPlan, PLAN_OPTIONS } from "../../_shared/analysis_plan.ts";
import { lookupStatistic } from "../../_shared/contracts/stats.ts";
import { explain, type LineageRecord } from "../../_shared/lineage/explain.ts";
import type { PopulationSource } from "../../_shared/lineage/populations.ts";

/** What an id means and where it comes from: shared by every id of one catalogue entry. */
export interface LineageDefinition {
  meaning: string;
  computedBy: string;
  planOptions: [string, unknown][];
  dataset: string;
  filter: string;
}

/** The lineage of one printed id, its definition and records replaced by their numbers. */
export interface LineageEntry {
  value: unknown;
  /** Index into `definitions`. */
  definition: number;
  related: [string, unknown][];
  /** The number of distinct subjects behind it. */
  subjects: number;
  /** The number of dataset records behind it. */
  records: number;
  /** Index into `populations`; null when no records stand behind it or too many to embed. */
  population: number | null;
}

/** The largest population whose records the page embeds. */
export const MAX_EMBEDDED_RECORDS = 500;

/** Every printed id's lineage, with records stored once. */
export interface LineageData {
  ids: Record<string, LineageEntry>;
  definitions: LineageDefinition[];
  /** Each population: indexes into `records`, in the dataset's order. */
  populations: number[][];
  /** Each record: subject, key (parameter and line), raw sources (`site/file row n`). */
  records: [string, string, string[]][];
}

/** The lineage of each of `ids` (stats.json ids or `plan:<option>`), in sorted id order. */
export function lineageData(
  ids: Iterable<string>,
  stats: unknown,
  plan: AnalysisPlan,
  populations: PopulationSource,
): LineageData {
  const data: LineageData = { ids: {}, definitions: [], populations: [], records: [] };
  const definitionIndex = new Map<string, number>();
  const definition = (d: LineageDefinition): number => {
    const key = JSON.stringify(d);
    let i = definitionIndex.get(key);
    if (i === undefined) {
      i = data.definitions.push(d) - 1;
      definitionIndex.set(key, i);
    }
    return i;
  };
  const recordIndex = new Map<string, number>();
  const populationIndex = new Map<string, number>();
  const population = (records: readonly LineageRecord[]): number | null => {
    if (records.length === 0) return null;
    const members = records.map((r) => {
      const key = JSON.stringify([r.usubjid, r.key, r.sources]);
      let i = recordIndex.get(key);
      if (i === undefined) {
        i = data.records.push([r.usubjid, r.key, r.sources]) - 1;
        recordIndex.set(key, i);
      }
      return i;
    });
    const key = members.join(",");
    let p = populationIndex.get(key);
    if (p === undefined) {
      p = data.populations.push(members) - 1;
      populationIndex.set(key, p);
    }
    return p;
  };
  const populationOf = new Map<LineageRecord[], number | null>();
  for (const id of [...new Set(ids)].sort()) {
    if (id.startsWith("plan:")) {
      const option = id.slice("plan:".length);
      const value = lookupStatistic(plan, option);
      if (value === undefined) {
        throw new RangeError(`"${id}" is not an option of the analysis plan`);
      }
      data.ids[id] = {
        value,
        definition: definition(planDefinition(option, value)),
        related: [],
        subjects: 0,
        records: 0,
        population: null,
      };
      continue;
    }
    const lineage = explain(id, stats, plan, populations);
    let embedded: number | null = null;
    if (lineage.records !== null && lineage.count <= MAX_EMBEDDED_RECORDS) {
      embedded = populationOf.get(lineage.records) ?? population(lineage.records);
      populationOf.set(lineage.records, embedded);
    }
    data.ids[id] = {
      value: lineage.value,
      definition: definition({
        meaning: lineage.meaning,
        computedBy: lineage.computedBy,
        planOptions: lineage.planOptions.map((o) => [o.option, o.value]),
        dataset: lineage.dataset,
        filter: lineage.filter,
      }),
      related: lineage.related.map((r) => [r.id, r.value]),
      subjects: lineage.subjects,
      records: lineage.count,
      population: embedded,
    };
  }
  return data;
}

/** A value of the analysis plan: chosen, not computed from records. */
function planDefinition(option: string, value: unknown): LineageDefinition {
  return {
    meaning: PLAN_OPTIONS[option]?.doc ?? "an option of the analysis plan",
    computedBy: "not computed: chosen in the analysis plan",
    planOptions: [[option, value]],
    dataset: "the analysis plan",
    filter: "none",
  };
}

/**
 * `data` as JSON to embed in a `<script type="application/json">`: `<` is escaped so that no
 * value can close the script element.
 */
export function lineageJson(data: LineageData): string {
  return JSON.stringify(data).replaceAll("<", "\\u003c");
}
