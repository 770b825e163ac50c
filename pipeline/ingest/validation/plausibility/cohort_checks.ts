/**
 * Checks of the export as a whole: every table a spec declares has rows (a header-only file is
 * usually an export that went wrong), and at least one patient meets the inclusion criteria (an
 * empty cohort has no statistics, and would otherwise fail three stages later, after derive had
 * rewritten the analysis datasets).
 *
 * @module
 */

import type { AnalysisPlan } from "../../../_shared/analysis_plan.ts";
import { eligibility } from "../../../_shared/eligibility.ts";
import type { Issue } from "../issues.ts";
import type { FileSpec, TableSpec } from "../../site_specs/types.ts";
import type { PersonRecords } from "./person_records.ts";

/** A table entry of a site spec that was read, and its number of data rows. */
export interface ReadCount {
  site: string;
  file: FileSpec;
  table: TableSpec;
  rows: number;
}

/** An issue for each table read that has no data row. */
export function emptyTableIssues(reads: readonly ReadCount[]): Issue[] {
  return reads.filter((read) => read.rows === 0).map((read) => ({
    site: read.site,
    file: read.file.path,
    row: read.file.format === "xlsx"
      ? `${read.table.sheet}!${read.table.headerRow}`
      : read.file.format === "redcap"
      ? ""
      : `row ${read.table.headerRow}`,
    column: "",
    rule: "empty-table",
    expected: `at least one data row of ${read.table.table}` +
      (read.file.format === "redcap"
        ? ` (no record matches the table's where ${JSON.stringify(read.table.where)})`
        : " after the header, but the file has none"),
    fix: "export the table again from the site's system (or remove it from site.json if the " +
      "site has no such data)",
  }));
}

/**
 * An issue when none of the `count` persons of `persons` meets the inclusion criteria of `plan`;
 * persons are taken one at a time, until one is included.
 */
export function emptyCohortIssues(
  persons: Iterable<PersonRecords>,
  count: number,
  plan: AnalysisPlan,
): Issue[] {
  const window = plan.eligibility.therapyWindow;
  const reasons = new Map<string, number>();
  for (const person of persons) {
    const [canonical] = person.patients;
    if (canonical === undefined) continue;
    const excluded = eligibility({
      canonical: canonical.values,
      records: person.patients.map((p) => p.values),
      lines: person.lines.map((l) => l.record.values),
    }, window);
    if (excluded === undefined) return [];
    reasons.set(excluded.reason, (reasons.get(excluded.reason) ?? 0) + 1);
  }
  const why = [...reasons].map(([reason, n]) => `${n} ${reason.replaceAll("_", " ")}`);
  return [{
    site: "",
    file: "",
    row: "",
    column: "",
    rule: "empty-cohort",
    expected: `at least one patient who meets the inclusion criteria (molecular confirmation, a ` +
      `line for advanced disease, the first starting from ${window.from} to ${window.to}), but ` +
      `none of the ${count} patients does` +
      (why.length > 0 ? ` (${why.join("; ")})` : ""),
    fix: "check that --raw points at the study's exports, and the plan's " +
      "eligibility.therapyWindow",
  }];
}
