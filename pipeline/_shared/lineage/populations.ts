/**
 * The populations behind statistics, counted in one pass over the analysis datasets: for each
 * catalogue entry with its placeholders' values, how many records and distinct subjects it has,
 * and its records when there are at most `limit` of them.
 *
 * One pass, row by row, because a registry's datasets are far larger than memory allows to hold
 * as row objects (ADRS of a million patients has about seven million rows); the scan keeps a
 * subject dictionary and one bit per subject and population, and at most `limit` records each.
 *
 * @module
 */

import { splitReferences } from "../contracts/cdm.ts";
import type { DatasetRow, StatisticDefinition } from "../contracts/stats_ids.ts";

/** One record behind a statistic. */
export interface LineageRecord {
  usubjid: string;
  /** The record's key in its dataset: parameter and line where the dataset has them. */
  key: string;
  /** The raw records behind it. */
  sources: string[];
}

/** The records behind one catalogue entry with its placeholders' values. */
export interface Population {
  /** The number of dataset records. */
  count: number;
  /** The number of distinct subjects. */
  subjects: number;
  /** Every record, in the dataset's order, when there are at most the scan's limit; else none. */
  records: LineageRecord[] | null;
}

/** A catalogue entry with its placeholders' values: what selects a population. */
export interface PopulationWanted {
  definition: StatisticDefinition;
  params: Record<string, string>;
}

/** Finds the population of a catalogue entry with its placeholders' values. */
export type PopulationSource = (wanted: PopulationWanted) => Population;

/** The key of a population: its catalogue entry and placeholders' values. */
export function populationKey({ definition, params }: PopulationWanted): string {
  return `${definition.id}\u0000${JSON.stringify(params)}`;
}

/** The lineage record of a dataset row. */
export function lineageRecord(row: DatasetRow): LineageRecord {
  return {
    usubjid: row.USUBJID ?? "",
    key: [row.PARAMCD, row.LINE ? `line ${row.LINE}` : ""].filter((k) => k).join(" "),
    sources: splitReferences(row.SRCREC),
  };
}

interface Tally {
  select: (row: DatasetRow) => boolean;
  count: number;
  subjects: number;
  /** One bit per subject number: whether the subject was counted. */
  seen: Uint32Array;
  records: LineageRecord[] | null;
}

/**
 * Counts populations over rows fed to it dataset by dataset (`visit`), in one pass; `result`
 * gives each wanted population by {@linkcode populationKey}.
 */
export class PopulationScan {
  readonly #byDataset = new Map<string, Tally[]>();
  readonly #byKey = new Map<string, Tally>();
  readonly #subjectNumbers = new Map<string, number>();
  readonly #limit: number;

  constructor(wanted: Iterable<PopulationWanted>, limit: number) {
    this.#limit = limit;
    for (const w of wanted) {
      const key = populationKey(w);
      if (this.#byKey.has(key) || w.definition.select === undefined) continue;
      const tally: Tally = {
        select: w.definition.select(w.params),
        count: 0,
        subjects: 0,
        seen: new Uint32Array(64),
        records: [],
      };
      this.#byKey.set(key, tally);
      const tallies = this.#byDataset.get(w.definition.dataset) ?? [];
      tallies.push(tally);
      this.#byDataset.set(w.definition.dataset, tallies);
    }
  }

  /** The datasets the wanted populations are read from. */
  get datasets(): string[] {
    return [...this.#byDataset.keys()].sort();
  }

  /** Counts one row of `dataset`. */
  visit(dataset: string, row: DatasetRow): void {
    const tallies = this.#byDataset.get(dataset);
    if (tallies === undefined) return;
    let subject = -1;
    for (const tally of tallies) {
      if (!tally.select(row)) continue;
      tally.count++;
      if (subject === -1) subject = this.#subjectNumber(row.USUBJID ?? "");
      if (markSeen(tally, subject)) tally.subjects++;
      if (tally.records !== null) {
        tally.records = tally.count > this.#limit ? null : tally.records;
        tally.records?.push(lineageRecord(row));
      }
    }
  }

  /** Every wanted population by key. */
  result(): Map<string, Population> {
    const found = new Map<string, Population>();
    for (const [key, { count, subjects, records }] of this.#byKey) {
      found.set(key, { count, subjects, records });
    }
    return found;
  }

  #subjectNumber(usubjid: string): number {
    let n = this.#subjectNumbers.get(usubjid);
    if (n === undefined) {
      n = this.#subjectNumbers.size;
      this.#subjectNumbers.set(usubjid, n);
    }
    return n;
  }
}

/** Sets the subject's bit; whether it was unset. */
function markSeen(tally: Tally, subject: number): boolean {
  const word = subject >>> 5;
  if (word >= tally.seen.length) {
    const grown = new Uint32Array(Math.max(word + 1, tally.seen.length * 2));
    grown.set(tally.seen);
    tally.seen = grown;
  }
  const bit = 1 << (subject & 31);
  if ((tally.seen[word]! & bit) !== 0) return false;
  tally.seen[word]! |= bit;
  return true;
}

/**
 * A population source over datasets held in memory (the committed study, tests): every
 * population read in full, on demand.
 */
export function populationsIn(datasets: Record<string, readonly DatasetRow[]>): PopulationSource {
  const cache = new Map<string, Population>();
  return (wanted) => {
    const key = populationKey(wanted);
    let found = cache.get(key);
    if (found === undefined) {
      const scan = new PopulationScan([wanted], Infinity);
      for (const row of datasets[wanted.definition.dataset] ?? []) {
        scan.visit(wanted.definition.dataset, row);
      }
      found = scan.result().get(key) ?? { count: 0, subjects: 0, records: [] };
      cache.set(key, found);
    }
    return found;
  };
}
