/**
 * The header name closest to the one a spec expects, so that a misspelt or renamed column is
 * reported as such ("dob" expected, "d.o.b" found) rather than as every row missing a value.
 * Closeness is the Levenshtein distance between names compared without case, spaces or
 * punctuation; a name counts as close when at most a third of the expected name differs.
 *
 * @module
 */

/**
 * The name of `header` closest to `expected`, or `undefined` when none is close.
 *
 * @example
 * ```ts
 * import { closestName } from "./closest_name.ts";
 * closestName("date_of_birth", ["id", "Date of Brith", "sex"]); // "Date of Brith"
 * ```
 */
export function closestName(expected: string, header: readonly string[]): string | undefined {
  const target = simplify(expected);
  let best: { name: string; distance: number } | undefined;
  for (const name of header) {
    const distance = levenshtein(target, simplify(name));
    if (best === undefined || distance < best.distance) best = { name, distance };
  }
  if (best === undefined) return undefined;
  return best.distance <= Math.max(1, Math.floor(target.length / 3)) ? best.name : undefined;
}

function simplify(name: string): string {
  return name.normalize("NFC").toLowerCase().replace(/[\s_.\-/()]+/g, "");
}

/** Edits (insert, delete, substitute) that turn `a` into `b`. */
function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
