/**
 * Statistic-level differences between two `stats.json` trees: every id (the dotted path the
 * report and the certificate look numbers up by, array positions included, as in
 * `pfs.sunitinib.ci.spss.0`) whose value changed, appeared or disappeared, with the absolute and
 * relative change of numbers.
 *
 * @module
 */

/** A statistic whose value changed. */
export interface StatisticChange {
  id: string;
  old: unknown;
  new: unknown;
  /** new − old, when both are numbers. */
  absolute: number | null;
  /** (new − old) / |old|, when both are numbers and old is not 0. */
  relative: number | null;
}

/** All changes between two stats trees, each list in id order. */
export interface StatisticsChanges {
  changed: StatisticChange[];
  added: { id: string; value: unknown }[];
  removed: { id: string; value: unknown }[];
}

/** Every leaf of `tree` by dotted id; an empty object or array is a leaf. */
export function flattenStatistics(tree: unknown, prefix = ""): Map<string, unknown> {
  const leaves = new Map<string, unknown>();
  const isBranch = tree !== null && typeof tree === "object" && Object.keys(tree).length > 0;
  if (!isBranch) {
    leaves.set(prefix, tree);
    return leaves;
  }
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    for (const [id, leaf] of flattenStatistics(value, prefix === "" ? key : `${prefix}.${key}`)) {
      leaves.set(id, leaf);
    }
  }
  return leaves;
}

/** The changes from `before` to `after`. */
export function statisticsChanges(before: unknown, after: unknown): StatisticsChanges {
  const old = flattenStatistics(before);
  const now = flattenStatistics(after);
  const ids = [...new Set([...old.keys(), ...now.keys()])].sort();
  const changes: StatisticsChanges = { changed: [], added: [], removed: [] };
  for (const id of ids) {
    if (!old.has(id)) changes.added.push({ id, value: now.get(id) });
    else if (!now.has(id)) changes.removed.push({ id, value: old.get(id) });
    else if (JSON.stringify(old.get(id)) !== JSON.stringify(now.get(id))) {
      changes.changed.push(change(id, old.get(id), now.get(id)));
    }
  }
  return changes;
}

function change(id: string, old: unknown, now: unknown): StatisticChange {
  const numbers = typeof old === "number" && typeof now === "number";
  return {
    id,
    old,
    new: now,
    absolute: numbers ? now - old : null,
    relative: numbers && old !== 0 ? (now - old) / Math.abs(old) : null,
  };
}
