/**
 * The ten export layouts, in the order the calibrated cohort's sites S01 to S10 use them.
 * Uncalibrated cohorts with more sites reuse them in rotation.
 *
 * @module
 */

import type { Layout } from "../layout.ts";
import { CSV_ISO } from "./csv_iso.ts";
import { CSV_LATIN1 } from "./csv_latin1.ts";
import { TSV_US } from "./tsv_us.ts";
import { REDCAP_ES } from "./redcap_es.ts";
import { XLSX_NL } from "./xlsx_nl.ts";
import { PIPE_DE } from "./pipe_de.ts";
import { CSV_QUOTED } from "./csv_quoted.ts";
import { CSV_SEMICOLON } from "./csv_semicolon.ts";
import { CSV_IT } from "./csv_it.ts";
import { TSV_AU } from "./tsv_au.ts";

/** Every layout, in site order. */
export const LAYOUTS: readonly Layout[] = [
  CSV_ISO,
  CSV_LATIN1,
  TSV_US,
  REDCAP_ES,
  XLSX_NL,
  PIPE_DE,
  CSV_QUOTED,
  CSV_SEMICOLON,
  CSV_IT,
  TSV_AU,
];

/** The layout named `name`. */
export function layoutNamed(name: string): Layout {
  const layout = LAYOUTS.find((l) => l.name === name);
  if (layout === undefined) {
    throw new RangeError(
      `Expected a layout of ${LAYOUTS.map((l) => l.name).join(", ")} but found "${name}"`,
    );
  }
  return layout;
}

/** The site code of the `index`-th site (0-based): S01, S02, ... */
export function siteCode(index: number): string {
  return `S${String(index + 1).padStart(2, "0")}`;
}
