/**
 * The pure core of the ingest stage: a snapshot of the raw folder and the regimen vocabulary in,
 * pseudonymised source tables out, or every issue that stops the run. No file access, no clock.
 *
 * Order: specs are loaded and validated; each file is read as its spec says; values are parsed;
 * exact duplicate rows are merged; keys, links, date order and regimen texts are checked; referred
 * patients are matched while birth dates are still at hand; identifiers are dropped.
 *
 * @module
 */

import type { DataWarning } from "../_shared/contracts/data_warning.ts";
import { duplicateKeyIssues, mergeExactDuplicates } from "./validation/duplicates.ts";
import type { IngestTableName, Rows } from "../_shared/contracts/ingest_tables.ts";
import type { Issue } from "./validation/issues.ts";
import { linkChecks } from "./validation/link_checks.ts";
import { loadSiteSpecs } from "./site_specs/load.ts";
import type { RawFolder } from "./readers/raw_folder.ts";
import { readSite } from "./readers/read_site.ts";
import { matchReferrals } from "./pseudonymisation/referrals.ts";
import { regimenIssues } from "./vocabulary/regimen_issues.ts";
import type { RegimenVocabulary } from "./vocabulary/regimen_vocabulary.ts";
import { type SourceRecord, sourceRecords } from "./values/source_records.ts";
import { interimRows } from "./pseudonymisation/interim_rows.ts";
import { pseudonymIssues } from "./pseudonymisation/pseudonym_issues.ts";

/** What ingest makes of a raw folder. */
export type IngestResult =
  | { ok: true; tables: Record<IngestTableName, Rows>; rowsRead: number }
  | { ok: false; issues: Issue[] };

/** Ingests `raw`; regimen texts are normalised through `vocabulary`. */
export function ingestRaw(raw: RawFolder, vocabulary: RegimenVocabulary): IngestResult {
  const { sites, issues } = loadSiteSpecs(raw);
  const records: SourceRecord[] = [];
  const failed: SourceRecord[] = [];
  const incompleteSites = new Set<string>();
  const rowsRead: Rows = [];
  for (const site of sites) {
    const { reads, issues: readIssues } = readSite(site);
    issues.push(...readIssues);
    if (readIssues.length > 0) incompleteSites.add(site.spec.site);
    for (const read of reads) {
      const parsed = sourceRecords(read);
      issues.push(...parsed.issues);
      records.push(...parsed.records);
      failed.push(...parsed.failed);
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
  const links = linkChecks(patients, lines, assessments, { failed, incompleteSites });
  const regimens = regimenIssues(lines, vocabulary);
  issues.push(...links.issues, ...regimens.issues);
  if (issues.length > 0) return { ok: false, issues };
  const referrals = matchReferrals(patients, lines);
  const warnings: DataWarning[] = [...links.warnings, ...referrals.warnings];
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
