/**
 * Small helpers for writing layouts: a mapped column, an unmapped one, and a random hospital
 * number of a given shape.
 *
 * @module
 */

import type { ColumnLayout, RowContext } from "../layout.ts";
import type { Random } from "../../random.ts";

/** A column holding source field `field` under the site's `header`. */
export function col(field: string, header: string, missingAs?: string): ColumnLayout {
  return missingAs === undefined ? { field, header } : { field, header, missingAs };
}

/** A column no spec maps, with its text. */
export function extra(header: string, text: (context: RowContext) => string): ColumnLayout {
  return { field: null, header, extra: text };
}

/** A hospital number: `prefix` and `digits` random digits. */
export function hospitalNumber(prefix: string, digits: number): (random: Random) => string {
  return (random) => prefix + Array.from({ length: digits }, () => random.int(0, 9)).join("");
}
