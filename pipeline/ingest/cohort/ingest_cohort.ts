/**
 * The pure core of ingest once every site is read into columns: the checks that need more than
 * one row (keys, pseudonyms, links, regimens, referrals, the plausibility rules per record and per
 * person, empty tables, an empty cohort), then the interim tables. No file access except to look
 * up the text of cells that a message names (`cell_texts.ts`), no clock.
 *
 * Issues come in the order they always have: the plan's, the vocabularies' and the specs', then
 * each site's read and value issues, then duplicate keys, pseudonyms, links (lines without a
 * patient, patients without an advanced date, assessments without a patient or line), regimens,
 * and the plausibility rules (errors, or warnings where the plan says so); last, that at least one
 * patient would be included. Any issue, and nothing is returned but the issues.
 *
 * @module
 */

import type { AnalysisPlan } from "../../_shared/analysis_plan.ts";
import type { RegimenClass } from "../../_shared/regimen_classes.ts";
import type { IngestTableName, Rows } from "../../_shared/contracts/ingest_tables.ts";
import { INGEST_COLUMNS } from "../../_shared/contracts/ingest_tables.ts";
import type { Issue } from "../validation/issues.ts";
import { applyWarnOnly } from "../validation/plausibility/plan_severity.ts";
import { emptyTableIssues } from "../validation/plausibility/cohort_checks.ts";
import type { RegimenVocabulary } from "../vocabulary/regimen_vocabulary.ts";
import type { InputLimits } from "../readers/input_limits.ts";
import type { SiteSpec } from "../site_specs/types.ts";
import type { SiteColumns } from "../values/site_columns.ts";
import { cohortSite } from "./cohort_site.ts";
import { cohortRecords } from "./cohort_records.ts";
import { duplicateKeyIssues, pseudonyms } from "./key_checks.ts";
import { linkIssues } from "./link_checks.ts";
import { siteRegimens } from "./regimens.ts";
import { matchReferrals } from "./referrals.ts";
import { cohortPersons } from "./persons.ts";
import { cohortPlausibility } from "./plausibility.ts";
import { cohortEmptyIssues } from "./empty_cohort.ts";
import { fillCellTexts, type SiteFiles } from "./cell_texts.ts";
import { type InterimTable, recordTables, rowsInterimTable } from "./interim_tables.ts";
import { pushAll } from "../../_shared/large_arrays.ts";

/** What ingest reads besides the raw folder; each undefined when unusable (see `issues`). */
export interface CohortInputs {
  plan: AnalysisPlan | undefined;
  vocabulary: RegimenVocabulary | undefined;
  classes: ReadonlyMap<string, RegimenClass> | undefined;
  limits: InputLimits;
  /** Problems of the plan, the vocabularies and the raw folder's specs, listed first. */
  issues: readonly Issue[];
  /** Sites a folder or spec problem left incomplete. */
  incompleteSites: ReadonlySet<string>;
}

/** What ingest makes of a raw folder. */
export type IngestResult =
  | { ok: true; tables: Record<IngestTableName, InterimTable>; rowsRead: number }
  | { ok: false; issues: Issue[] };

/** A site read into columns, with its spec. */
export interface ReadSite {
  spec: SiteSpec;
  columns: SiteColumns;
}

/** Checks the sites read and makes ingest's tables; `files` to look up cells' texts. */
export function ingestCohort(
  read: readonly ReadSite[],
  inputs: CohortInputs,
  files: ReadonlyMap<string, SiteFiles>,
): IngestResult {
  const { plan } = inputs;
  const issues: Issue[] = [...inputs.issues];
  const sites = read.map(({ spec, columns }) => {
    pushAll(issues, [...columns.readIssues, ...columns.valueIssues]);
    const incomplete = inputs.incompleteSites.has(spec.site) || columns.readIssues.length > 0;
    return cohortSite(spec, columns, incomplete);
  });
  const cohort = cohortRecords(sites);
  for (const site of sites) pushAll(issues, duplicateKeyIssues(site));
  const ids = sites.map((site) => {
    const own = pseudonyms(site);
    pushAll(issues, own.issues);
    return own.ids;
  });
  const links = sites.map(linkIssues);
  issues.push(
    ...links.flatMap((l) => l.unknownLineCases),
    ...links.flatMap((l) => l.missingAdvancedDates),
    ...links.flatMap((l) => l.assessments),
  );
  const regimens = sites.map((site) => {
    const checked = siteRegimens(site, inputs.vocabulary, inputs.classes);
    pushAll(issues, checked.issues);
    return checked.regimens;
  });
  const referrals = matchReferrals(cohort, ids);
  const persons = cohortPersons(cohort, referrals.personOf);
  const counts = sites.flatMap((site) =>
    site.columns.reads.map((r) => {
      const file = site.spec.files[r.fileIndex]!;
      return { site: site.spec.site, file, table: file.tables[r.tableIndex]!, rows: r.rowsRead };
    })
  );
  const graded = applyWarnOnly(
    [...cohortPlausibility(cohort, persons, plan?.dataCutoff), ...emptyTableIssues(counts)],
    plan?.plausibility.warnOnly ?? [],
  );
  pushAll(issues, graded.issues);
  // Only once everything else holds: a cohort emptied by bad rows is not an empty cohort.
  if (issues.length === 0 && plan !== undefined) {
    pushAll(issues, cohortEmptyIssues(cohort, persons, plan));
  }
  const warnings = [...graded.warnings, ...referrals.warnings];
  if (issues.length > 0) {
    fillCellTexts(issues, [], files, inputs.limits);
    return { ok: false, issues };
  }
  fillCellTexts([], warnings, files, inputs.limits);
  const merged: Rows = sites.flatMap((site) =>
    site.columns.merged.map((m) => ({
      site: site.spec.site,
      file: m.file,
      table: m.table,
      row: m.row,
      case_id: m.caseId,
      reason: "duplicate_row",
      detail: `${m.row} repeats ${m.keptRow} of ${m.file} exactly`,
    }))
  );
  const rowsRead: Rows = counts.map((c) => ({
    site: c.site,
    file: c.file.path,
    table: c.table.table,
    rows_read: c.rows,
  }));
  return {
    ok: true,
    tables: {
      ...recordTables({ cohort, ids, personOf: referrals.personOf, regimens }),
      merged_rows: rowsInterimTable(merged, INGEST_COLUMNS.merged_rows),
      rows_read: rowsInterimTable(rowsRead, INGEST_COLUMNS.rows_read),
      warnings: rowsInterimTable(warnings as unknown as Rows, INGEST_COLUMNS.warnings),
    },
    rowsRead: counts.reduce((n, c) => n + c.rows, 0),
  };
}
