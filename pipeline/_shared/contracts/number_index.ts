/**
 * `outputs/number-index.json`: every number printed in the results, the tables and the figure
 * captions, with the id it was read from (written by the report stage, read by `deno task why`).
 *
 * @module
 */

import type { NumberRef } from "../prose/inline.ts";

/** One printed number. */
export interface IndexedNumber extends NumberRef {
  /** The output file it is printed in. */
  file: string;
  /** Where in the file: a section and paragraph, a table cell, a figure caption. */
  where: string;
  /** The sentence, cell or caption it is part of. */
  context: string;
}
