/**
 * Screening counts for the first paragraph of the Results, read from the data-quality report
 * that the derive stage writes (the harmonise stage's cohort flow).
 *
 * @module
 */

import type { Quality } from "../_shared/contracts/quality.ts";
import { PipelineError } from "../_shared/stage.ts";
import type { Screening } from "./results_text.ts";

/** The cohort flow of `quality` (the parsed `data-quality.json`) as screening counts. */
export function screeningFrom(quality: unknown): Screening {
  const cohort = (quality as Partial<Quality> | null)?.cohort;
  if (!cohort || !Array.isArray(cohort.sites) || typeof cohort.patientRowsRead !== "number") {
    throw new PipelineError(
      "data-quality.json has no cohort flow (cohort.sites, cohort.patientRowsRead): " +
        "rerun `deno task derive` to rewrite it",
    );
  }
  const counts = { ...cohort.merged, ...cohort.excluded } as Record<string, number>;
  return {
    sites: cohort.sites.length,
    patientRecords: cohort.patientRowsRead,
    excluded: Object.entries(counts).map(([reason, n]) => ({ reason, n })),
  };
}
