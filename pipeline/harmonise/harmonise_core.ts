/**
 * The pure core of the harmonise stage: ingest's pseudonymised source tables in, the common data
 * model and the data-quality record out. For each person (records of referred patients together):
 * eligibility; then, if included, lines pooled and renumbered, assessments on those lines, and
 * follow-up over all sites. Every raw row gets a fate, and the reconciliation must balance.
 *
 * @module
 */

import type { DataWarning } from "../_shared/contracts/data_warning.ts";
import type { Rows } from "../_shared/contracts/ingest_tables.ts";
import { PipelineError } from "../_shared/stage.ts";
import {
  type CdmTableName,
  ELIGIBILITY_REASONS,
  MERGE_REASONS,
} from "../_shared/contracts/cdm_schema.ts";
import { cdmRows } from "./cdm_rows.ts";
import { eligibility, type TherapyWindow } from "../_shared/eligibility.ts";
import type { IngestTables } from "./ingest_records.ts";
import { groupPersons } from "./persons.ts";
import { poolLines } from "./pool_lines.ts";
import type { ExclusionRow, Quality } from "../_shared/contracts/quality.ts";
import { FateTally } from "./reconciliation.ts";
import { personFates } from "./person_fates.ts";
import { personWarnings } from "./record_warnings.ts";
import { REGIMEN_CLASSES_FILE, type RegimenClass } from "../_shared/regimen_classes.ts";
import { sortCdm, sortExclusions } from "./sort_cdm.ts";
import { pushAll } from "../_shared/large_arrays.ts";

/** Harmonises `tables`; persons are included by the criteria and `window` of the analysis plan. */
export function harmonise(
  tables: IngestTables,
  classes: ReadonlyMap<string, RegimenClass>,
  window: TherapyWindow,
): { cdm: Record<CdmTableName, Rows>; quality: Quality } {
  const unknown = [...new Set(tables.lines.map((l) => l.regimen))].filter((r) => !classes.has(r));
  if (unknown.length > 0) {
    throw new PipelineError(
      `regimen${unknown.length > 1 ? "s" : ""} ${unknown.map((r) => `"${r}"`).join(", ")} ` +
        `ha${
          unknown.length > 1 ? "ve" : "s"
        } no class: add a row for each to ${REGIMEN_CLASSES_FILE}`,
    );
  }
  const cdm: Record<CdmTableName, Rows> = {
    patients: [],
    lines: [],
    assessments: [],
    followup: [],
    exclusions: [],
  };
  // Only the counts of the raw rows' fates are kept (millions of rows in a registry).
  const tally = new FateTally(tables.rows_read);
  const exclusions: ExclusionRow[] = [];
  const warnings: DataWarning[] = [...tables.warnings];
  const cohort = {
    excluded: Object.fromEntries(ELIGIBILITY_REASONS.map((r) => [r, 0])),
    merged: Object.fromEntries(MERGE_REASONS.map((r) => [r, 0])),
  } as Pick<Quality["cohort"], "excluded" | "merged">;
  const persons = groupPersons(tables);
  for (const person of persons) {
    const excluded = eligibility(person, window);
    for (const other of person.records.slice(1)) {
      cohort.merged.referral_merged += 1;
      exclusions.push({
        site: other.site,
        case_id: other.case_id,
        reason: "referral_merged",
        detail:
          `same patient as ${person.id} (birth date, sex and diagnosis date match): counted once`,
      });
    }
    if (excluded) {
      cohort.excluded[excluded.reason] += 1;
      exclusions.push({
        site: person.canonical.site,
        case_id: person.canonical.case_id,
        ...excluded,
      });
      for (const { fate, ...where } of personFates(person, excluded)) tally.add(where, fate);
      pushAll(warnings, personWarnings(person));
      continue;
    }
    const pooled = poolLines(person);
    for (const { fate, ...where } of personFates(person, { pooled })) tally.add(where, fate);
    const rows = cdmRows(person, pooled, classes);
    for (const name of ["patients", "lines", "assessments", "followup"] as const) {
      pushAll(cdm[name], rows[name]);
    }
    pushAll(warnings, personWarnings(person, pooled));
  }
  for (const merged of tables.merged_rows) {
    tally.add(merged, { kind: "merged", reason: "duplicate_row" });
    if (merged.table !== "patients") continue;
    cohort.merged.duplicate_row += 1;
    exclusions.push({
      site: merged.site,
      case_id: merged.case_id,
      reason: "duplicate_row",
      detail: merged.detail,
    });
  }
  const reconciliation = tally.reconciliation();
  if (!reconciliation.balanced) {
    const off = reconciliation.files.filter((r) => !r.balanced).map((r) =>
      `${r.site} ${r.file} ${r.table}`
    );
    throw new Error(
      `reconciliation does not balance for ${off.join(", ")}: a raw row was lost or counted twice`,
    );
  }
  cdm.exclusions = sortExclusions(exclusions);
  const quality: Quality = {
    cohort: {
      sites: reconciliation.sites.map((s) => s.site),
      patientRowsRead: tables.rows_read.filter((r) => r.table === "patients").reduce(
        (n, r) => n + r.rows_read,
        0,
      ),
      merged: cohort.merged,
      patients: persons.length,
      excluded: cohort.excluded,
      included: cdm.patients.length,
    },
    reconciliation,
    exclusions: cdm.exclusions as unknown as ExclusionRow[],
    warnings,
  };
  return { cdm: sortCdm(cdm), quality };
}
