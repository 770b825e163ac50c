/**
 * The pure core of the ingest stage: a snapshot of the raw folder, the analysis plan and the
 * vocabularies in; pseudonymised source tables out, or every issue that stops the run. No file
 * access, no clock.
 *
 * Ingest is the one place where data and plan are validated, in one pass, before anything is
 * written: a later stage never fails on data that passed here (one that did would be a validation
 * bug). Order: the plan and vocabularies are checked; specs are loaded and validated; each file is
 * read as its spec says; values are parsed; exact duplicate rows are merged; keys, links and
 * regimen texts (and their classes) are checked; referred patients are matched while birth dates
 * are still at hand; the plausibility rules are checked per value, record and person (errors, or
 * warnings where the plan says so); last, that at least one patient would be included. Then
 * identifiers are dropped.
 *
 * @module
 */

import type { AnalysisPlan } from "../_shared/analysis_plan.ts";
import type { DataWarning } from "../_shared/contracts/data_warning.ts";
import type { RegimenClass } from "../_shared/regimen_classes.ts";
import { duplicateKeyIssues, mergeExactDuplicates } from "./validation/duplicates.ts";
import type { IngestTableName, Rows } from "../_shared/contracts/ingest_tables.ts";
import type { Issue } from "./validation/issues.ts";
import { linkChecks } from "./validation/link_checks.ts";
import { loadSiteSpecs } from "./site_specs/load.ts";
import type { RawFolder } from "./readers/raw_folder.ts";
import { DEFAULT_INPUT_LIMITS } from "./readers/input_limits.ts";
import { readSite, type TableRead } from "./readers/read_site.ts";
import { matchReferrals } from "./pseudonymisation/referrals.ts";
import { regimenIssues } from "./vocabulary/regimen_issues.ts";
import type { RegimenVocabulary } from "./vocabulary/regimen_vocabulary.ts";
import { type SourceRecord, sourceRecords } from "./values/source_records.ts";
import { interimRows } from "./pseudonymisation/interim_rows.ts";
import { pseudonymIssues } from "./pseudonymisation/pseudonym_issues.ts";
import { personRecords } from "./validation/plausibility/person_records.ts";
import { plausibilityIssues } from "./validation/plausibility/plausibility_issues.ts";
import { applyWarnOnly } from "./validation/plausibility/plan_severity.ts";
import { emptyCohortIssues, emptyTableIssues } from "./validation/plausibility/cohort_checks.ts";

/** What ingest reads besides the raw folder; each undefined when unusable (see `issues`). */
export interface IngestInputs {
  plan: AnalysisPlan | undefined;
  vocabulary: RegimenVocabulary | undefined;
  classes: ReadonlyMap<string, RegimenClass> | undefined;
  /** Problems of the plan and the vocabularies, listed first. */
  issues?: readonly Issue[];
}

/** What ingest makes of a raw folder. */
export type IngestResult =
  | { ok: true; tables: Record<IngestTableName, Rows>; rowsRead: number }
  | { ok: false; issues: Issue[] };

/** Ingests `raw` with the plan and vocabularies of `inputs`. */
export function ingestRaw(raw: RawFolder, inputs: IngestInputs): IngestResult {
  const { plan, vocabulary, classes } = inputs;
  const limits = plan?.inputLimits ?? DEFAULT_INPUT_LIMITS;
  const loaded = loadSiteSpecs(raw, limits);
  const issues: Issue[] = [...(inputs.issues ?? []), ...loaded.issues];
  const records: SourceRecord[] = [];
  const failed: SourceRecord[] = [];
  // A site with a refused file (a pipe, a file too large) or spec problem is incomplete: its lines
  // and assessments are not blamed for patients the refused file would have held.
  const incompleteSites = new Set(loaded.issues.map((issue) => issue.site));
  const reads: TableRead[] = [];
  const rowsRead: Rows = [];
  for (const site of loaded.sites) {
    const { reads: siteReads, issues: readIssues } = readSite(site, limits);
    issues.push(...readIssues);
    if (readIssues.length > 0) incompleteSites.add(site.spec.site);
    for (const read of siteReads) {
      const parsed = sourceRecords(read);
      issues.push(...parsed.issues);
      records.push(...parsed.records);
      failed.push(...parsed.failed);
      reads.push(read);
      rowsRead.push({
        site: read.site,
        file: read.file.path,
        table: read.table.table,
        rows_read: read.raw.rows.length,
      });
    }
  }
  const { kept, merged } = mergeExactDuplicates(records);
  const patients = kept.filter((r) => r.table === "patients");
  const lines = kept.filter((r) => r.table === "lines");
  const assessments = kept.filter((r) => r.table === "assessments");
  issues.push(...duplicateKeyIssues(kept), ...pseudonymIssues(patients));
  issues.push(...linkChecks(patients, lines, assessments, { failed, incompleteSites }).issues);
  const regimens = vocabulary === undefined
    ? { regimenOf: new Map<SourceRecord, string>(), issues: [] }
    : regimenIssues(lines, vocabulary, classes);
  issues.push(...regimens.issues);
  const referrals = matchReferrals(patients, lines);
  const persons = personRecords(patients, lines, assessments, referrals.personOf);
  const graded = applyWarnOnly(
    [
      ...plausibilityIssues({ records: kept, persons, cutoff: plan?.dataCutoff }),
      ...emptyTableIssues(reads),
    ],
    plan?.plausibility.warnOnly ?? [],
  );
  issues.push(...graded.issues);
  // Only once everything else holds: a cohort emptied by bad rows is not an empty cohort.
  if (issues.length === 0 && plan !== undefined) issues.push(...emptyCohortIssues(persons, plan));
  if (issues.length > 0) return { ok: false, issues };
  const warnings: DataWarning[] = [...graded.warnings, ...referrals.warnings];
  const tables = interimRows({
    patients,
    lines,
    assessments,
    merged,
    personOf: referrals.personOf,
    regimenOf: regimens.regimenOf,
  });
  return {
    ok: true,
    tables: { ...tables, rows_read: rowsRead, warnings: warnings as unknown as Rows },
    rowsRead: rowsRead.reduce((n, r) => n + Number(r.rows_read), 0),
  };
}
