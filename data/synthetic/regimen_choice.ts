/**
 * Which regimen a line gets: drawn from the catalogue by the line's position (first or later) and
 * the year it starts, a regimen the patient has not had (unless none is left), and at most one
 * anthracycline.
 *
 * @module
 */

import { REGIMENS } from "./regimens.ts";
import type { Random } from "./random.ts";

/** The catalogue as entries, in catalogue order (listed once, not on every line). */
const CATALOGUE = Object.entries(REGIMENS);

/** A regimen for line `index` (0 = first) starting in `year`, given the patient's earlier ones. */
export function chooseRegimen(
  year: number,
  index: number,
  earlier: readonly string[],
  excluded: ReadonlySet<string>,
  random: Random,
): string {
  const hadAnthracycline = earlier.some((r) => REGIMENS[r]?.anthracycline);
  const options = (rechallenge: boolean) => {
    const entries: (readonly [string, number])[] = [];
    for (const [name, info] of CATALOGUE) {
      const weight = index === 0 ? info.first : info.later;
      if (
        info.from <= year && !excluded.has(name) && (rechallenge || !earlier.includes(name)) &&
        !(info.anthracycline && hadAnthracycline) && weight > 0
      ) entries.push([name, weight]);
    }
    return entries;
  };
  // A long course in the early years can exhaust the new drugs: then an earlier one is given again.
  const fresh = options(false);
  const entries = fresh.length > 0 ? fresh : options(true);
  if (entries.length === 0) {
    throw new RangeError(`Expected a regimen available in ${year} after ${earlier.join(", ")}`);
  }
  return random.weighted(entries);
}
