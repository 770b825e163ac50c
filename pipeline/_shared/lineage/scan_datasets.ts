/**
 * The populations behind statistics, read from the analysis dataset files in one streaming pass
 * (the I/O shell of {@linkcode PopulationScan}).
 *
 * @module
 */

import { forEachCsvRow } from "../csv_read.ts";
import { definitionOf } from "../contracts/stats_ids.ts";
import {
  type Population,
  populationKey,
  PopulationScan,
  type PopulationSource,
  type PopulationWanted,
} from "./populations.ts";

/** The population of every id of `stats` that the catalogue traces to dataset records. */
export function populationsOfStatistics(stats: unknown): PopulationWanted[] {
  const wanted = new Map<string, PopulationWanted>();
  for (const id of leafIds(stats, "")) {
    const entry = definitionOf(id);
    if (entry?.definition.select === undefined) continue;
    wanted.set(populationKey(entry), entry);
  }
  return [...wanted.values()];
}

/** The dotted id of every value of `value` that is not an object. */
function* leafIds(value: unknown, prefix: string): Generator<string> {
  if (value === null || typeof value !== "object") {
    if (prefix !== "") yield prefix;
    return;
  }
  for (const [key, inner] of Object.entries(value)) {
    yield* leafIds(inner, prefix === "" ? key : `${prefix}.${key}`);
  }
}

/**
 * Counts the `wanted` populations in the datasets below the output folder `out`, keeping the
 * records of those with at most `limit`; the source answers for those populations only.
 */
export async function scanPopulations(
  out: string,
  wanted: readonly PopulationWanted[],
  limit: number,
): Promise<PopulationSource> {
  const scan = new PopulationScan(wanted, limit);
  for (const dataset of scan.datasets) {
    await forEachCsvRow(`${out}/${dataset}`, (row) => scan.visit(dataset, row));
  }
  const found = scan.result();
  return (w): Population => {
    const population = found.get(populationKey(w));
    if (population === undefined) {
      throw new RangeError(`the population of ${w.definition.id} was not counted`);
    }
    return population;
  };
}
