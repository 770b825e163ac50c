/**
 * Differences between two versions of an analysis dataset (`analysis/*.csv`): the subjects that
 * entered or left each analysis population (by USUBJID: the dataset, and each PARAMCD of it), and
 * the rows that changed, matched by key, with each changed column.
 *
 * Keys follow the ADaM structure of each dataset: ADSL is one row per USUBJID; ADTTE one per
 * USUBJID, PARAMCD and LINE; ADRS one per USUBJID, PARAMCD and LINE for best responses and one
 * per assessment date (ADT) for time-point responses. Rather than naming datasets, the key is
 * built from the columns a dataset has: USUBJID, PARAMCD and LINE; ADT where those repeat; an
 * occurrence number where rows still repeat.
 *
 * @module
 */

/** One row of a dataset, by column. */
export type DatasetRow = Record<string, string>;

/** Subjects that entered or left one population. */
export interface PopulationChange {
  dataset: string;
  /** "all rows" or `PARAMCD=OS`. */
  population: string;
  entered: string[];
  left: string[];
}

/** A changed cell of a row present in both versions. */
export interface CellChange {
  key: string;
  column: string;
  old: string;
  new: string;
}

/** The rows of one dataset that changed. */
export interface RowChanges {
  dataset: string;
  keyColumns: string[];
  changed: CellChange[];
  added: string[];
  removed: string[];
}

const BASE_KEY = ["USUBJID", "PARAMCD", "LINE"];

/** Each row's key (values joined by " / ", empty parts left out), in row order. */
export function rowKeys(rows: DatasetRow[]): string[] {
  const columns = BASE_KEY.filter((column) => rows.some((row) => column in row));
  const base = rows.map((row) => join(columns.map((c) => row[c] ?? "")));
  const repeated = new Set(base.filter((key, i) => base.indexOf(key) !== i));
  const dated = rows.map((row, i) =>
    repeated.has(base[i]!) && "ADT" in row ? join([base[i]!, row.ADT ?? ""]) : base[i]!
  );
  const seen = new Map<string, number>();
  return dated.map((key) => {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key} #${n}`;
  });
}

function join(parts: string[]): string {
  return parts.filter((part) => part !== "").join(" / ");
}

/** Subjects entering or leaving the dataset and each of its parameters. */
export function populationChanges(
  dataset: string,
  before: DatasetRow[],
  after: DatasetRow[],
): PopulationChange[] {
  const groups = (rows: DatasetRow[]) => {
    const found = new Map<string, Set<string>>([["all rows", new Set()]]);
    for (const row of rows) {
      found.get("all rows")!.add(row.USUBJID ?? "");
      if (row.PARAMCD === undefined) continue;
      const name = `PARAMCD=${row.PARAMCD}`;
      if (!found.has(name)) found.set(name, new Set());
      found.get(name)!.add(row.USUBJID ?? "");
    }
    return found;
  };
  const old = groups(before);
  const now = groups(after);
  const names = [...new Set([...old.keys(), ...now.keys()])];
  return names.flatMap((population) => {
    const a = old.get(population) ?? new Set<string>();
    const b = now.get(population) ?? new Set<string>();
    const entered = [...b].filter((s) => !a.has(s)).sort();
    const left = [...a].filter((s) => !b.has(s)).sort();
    return entered.length + left.length === 0 ? [] : [{ dataset, population, entered, left }];
  });
}

/** Rows added, removed, and cells changed, matched by key. */
export function rowChanges(dataset: string, before: DatasetRow[], after: DatasetRow[]): RowChanges {
  const keyed = (rows: DatasetRow[]) => {
    const keys = rowKeys(rows);
    return new Map(rows.map((row, i) => [keys[i]!, row]));
  };
  const old = keyed(before);
  const now = keyed(after);
  const columns = [...new Set([...before, ...after].flatMap((row) => Object.keys(row)))];
  const changes: RowChanges = {
    dataset,
    keyColumns: BASE_KEY.filter((c) => columns.includes(c)),
    changed: [],
    added: [...now.keys()].filter((key) => !old.has(key)),
    removed: [...old.keys()].filter((key) => !now.has(key)),
  };
  for (const [key, row] of now) {
    const previous = old.get(key);
    if (previous === undefined) continue;
    for (const column of columns) {
      const a = previous[column] ?? "";
      const b = row[column] ?? "";
      if (a !== b) changes.changed.push({ key, column, old: a, new: b });
    }
  }
  return changes;
}
