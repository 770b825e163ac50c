/**
 * The flow of patient records from screening to inclusion, and the patients and lines analysed
 * per endpoint: the numbers of the flow diagram and of the Results' first sentences.
 *
 * Screening counts come from the data-quality record (`data-quality.json`), which accounts for
 * every raw row; the analysed counts from the analysis datasets. The two come from one run only
 * if they agree, so a mismatch (artefacts of different runs) stops the stage.
 *
 * @module
 */

import type { AdtteRecord, BestResponseRecord } from "../_shared/contracts/adam_records.ts";
import type { Quality } from "../_shared/contracts/quality.ts";
import type { Analysed, Flow } from "../_shared/contracts/stats.ts";
import { PipelineError } from "../_shared/stage.ts";

/** The flow of patient records in `quality`; `included` must equal the ADSL count. */
export function patientFlow(quality: Quality, included: number): Flow {
  const rows = quality.reconciliation.files.filter((r) => r.table === "patients");
  const bySite = new Map<string, number>();
  for (const row of rows) bySite.set(row.site, (bySite.get(row.site) ?? 0) + row.rowsRead);
  const { cohort } = quality;
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  const flow: Flow = {
    sites: cohort.sites.length,
    screened_by_site: Object.fromEntries([...bySite].sort(([a], [b]) => a < b ? -1 : 1)),
    screened: cohort.patientRowsRead,
    merged: { ...cohort.merged },
    merged_total: sum(cohort.merged),
    patients: cohort.patients,
    excluded: { ...cohort.excluded },
    excluded_total: sum(cohort.excluded),
    included: cohort.included,
  };
  const screenedFromRows = sum(flow.screened_by_site);
  if (
    !quality.reconciliation.balanced || screenedFromRows !== flow.screened ||
    flow.screened !== flow.patients + flow.merged_total ||
    flow.patients !== flow.included + flow.excluded_total
  ) {
    throw new PipelineError(
      `data-quality.json: the flow of patient records does not add up (${flow.screened} read, ` +
        `${screenedFromRows} by site, ${flow.patients} patients, ${flow.included} included): ` +
        "rerun `deno task all --from harmonise`",
    );
  }
  if (flow.included !== included) {
    throw new PipelineError(
      `data-quality.json counts ${flow.included} included patients but adsl.csv has ` +
        `${included}; the two come from different runs: rerun \`deno task all --from derive\``,
    );
  }
  return flow;
}

/** Patients and lines that enter each analysis. */
export function analysedCounts(
  responses: readonly BestResponseRecord[],
  adtte: readonly AdtteRecord[],
): Analysed {
  const pfs = adtte.filter((r) => r.paramcd === "PFS");
  return {
    os_patients: adtte.filter((r) => r.paramcd === "OS").length,
    pfs_lines: pfs.length,
    pfs_patients: new Set(pfs.map((r) => r.usubjid)).size,
    response_lines: responses.length,
    response_patients: new Set(responses.map((r) => r.usubjid)).size,
  };
}
