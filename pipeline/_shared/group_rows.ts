/**
 * Rows grouped by a key, in the order keys are first seen; each group keeps the rows' order.
 *
 * @module
 */

/** Groups `rows` by `key`. */
export function groupRows<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
