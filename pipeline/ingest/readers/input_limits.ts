/**
 * How much of what a site sends ingest will open. A raw folder is untrusted input: a 4 GiB file,
 * a zip bomb posing as a workbook or a named pipe must be refused by name, quickly and in little
 * memory, not read. The limits are the analysis plan's `inputLimits` (the analyst's, not the
 * site's: a site could otherwise raise its own); the defaults below are used only when the plan
 * itself cannot be used, so that the data's problems are still listed with the plan's.
 *
 * @module
 */

import type { AnalysisPlan } from "../../_shared/analysis_plan.ts";

/** The plan's limits, in MiB. */
export type InputLimits = AnalysisPlan["inputLimits"];

/**
 * The committed plan's limits. Far above any export of a series like this one (kilobytes; the
 * largest file of a 20,000-patient synthetic cohort is an 11 MB REDCap export, its largest sheet
 * 1.4 MB), and low enough that refusing a hostile file of just under the limit (a 16 MiB field
 * with an unclosed quote, a sheet that declares 15 MiB and inflates past it) peaks below 200 MiB
 * of memory (BENCHMARKS.md, "Refusing hostile input").
 */
export const DEFAULT_INPUT_LIMITS: Readonly<InputLimits> = Object.freeze({
  fileMiB: 16,
  workbookPartMiB: 16,
});

/** Bytes in `mebibytes` MiB. */
export function bytesOf(mebibytes: number): number {
  return mebibytes * 1024 * 1024;
}

/** A size in bytes as a person reads it: `4096 MiB`, `12.5 MiB`, `800 bytes`. */
export function showSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${bytes} bytes`;
  const mebibytes = bytes / (1024 * 1024);
  return `${Number.isInteger(mebibytes) ? mebibytes : mebibytes.toFixed(1)} MiB`;
}
