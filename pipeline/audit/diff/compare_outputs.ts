/**
 * A statistic-level comparison of two runs' outputs: statistics, certificate claims, analysis
 * populations and rows, and the files (tables, figures and the rest) that differ byte for byte.
 * Pure: both sides arrive as file contents.
 *
 * @module
 */

import { csvParse } from "d3-dsv";
import { type ClaimFlip, claimFlips } from "./claim_changes.ts";
import {
  type DatasetRow,
  type PopulationChange,
  populationChanges,
  type RowChanges,
  rowChanges,
} from "./dataset_changes.ts";
import type { OutputTree } from "./output_tree.ts";
import { type StatisticsChanges, statisticsChanges } from "./stats_changes.ts";
import { pushAll } from "../../_shared/large_arrays.ts";

/** A file that differs. */
export interface FileChange {
  path: string;
  change: "modified" | "added" | "removed";
}

/** Everything that differs between two runs' outputs. */
export interface OutputDiff {
  old: string;
  new: string;
  /** True when both sides hold the same files, byte for byte. */
  equal: boolean;
  /** null when stats.json is missing on a side. */
  statistics: StatisticsChanges | null;
  claims: ClaimFlip[];
  populations: PopulationChange[];
  rows: RowChanges[];
  files: FileChange[];
}

const STATS = "stats.json";
const CERTIFICATE = "reproduction.json";
const DATASET = /^analysis\/[^/]+\.csv$/;

/** Compares `before` with `after`. Throws a `SyntaxError` naming a file that does not parse. */
export function compareOutputs(before: OutputTree, after: OutputTree): OutputDiff {
  const files = fileChanges(before.files, after.files);
  const json = (tree: OutputTree, path: string) => {
    const bytes = tree.files.get(path);
    if (bytes === undefined) return undefined;
    try {
      return JSON.parse(new TextDecoder().decode(bytes));
    } catch (error) {
      throw new SyntaxError(`${tree.label}: ${path} is not JSON (${(error as Error).message})`);
    }
  };
  const oldStats = json(before, STATS);
  const newStats = json(after, STATS);
  const datasets = [...new Set([...before.files.keys(), ...after.files.keys()])]
    .filter((path) => DATASET.test(path)).sort();
  const populations: PopulationChange[] = [];
  const rows: RowChanges[] = [];
  for (const path of datasets) {
    const a = csvRows(before.files.get(path));
    const b = csvRows(after.files.get(path));
    const name = path.slice("analysis/".length);
    pushAll(populations, populationChanges(name, a, b));
    const changes = rowChanges(name, a, b);
    if (changes.changed.length + changes.added.length + changes.removed.length > 0) {
      rows.push(changes);
    }
  }
  return {
    old: before.label,
    new: after.label,
    equal: files.length === 0,
    statistics: oldStats === undefined || newStats === undefined
      ? null
      : statisticsChanges(oldStats, newStats),
    claims: claimFlips(json(before, CERTIFICATE) ?? null, json(after, CERTIFICATE) ?? null),
    populations,
    rows,
    files,
  };
}

function csvRows(bytes: Uint8Array | undefined): DatasetRow[] {
  if (bytes === undefined) return [];
  return csvParse(new TextDecoder().decode(bytes)).map((row) => ({ ...row }) as DatasetRow);
}

function fileChanges(
  before: Map<string, Uint8Array>,
  after: Map<string, Uint8Array>,
): FileChange[] {
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  return paths.flatMap((path): FileChange[] => {
    const a = before.get(path);
    const b = after.get(path);
    if (a === undefined) return [{ path, change: "added" }];
    if (b === undefined) return [{ path, change: "removed" }];
    return sameBytes(a, b) ? [] : [{ path, change: "modified" }];
  });
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
