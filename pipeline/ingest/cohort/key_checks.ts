/**
 * Keys on columns: two records of a site and table that share a key cannot both be right (a
 * patient's case number; a line's case and line number; an assessment's case, line and date), and
 * two case numbers must not give the same pseudonymous id (`12` and `0012` both pad to `0012`).
 * Issues come in read order, duplicate keys before clashing pseudonyms; keys are compared as
 * numbers (case index, line number, day), not as texts.
 *
 * @module
 */

import type { Issue } from "../validation/issues.ts";
import { recordIssue } from "../validation/record_issue.ts";
import { pseudonym } from "../pseudonymisation/pseudonym.ts";
import type { SourceTable } from "../values/source_fields.ts";
import type { CohortSite } from "./cohort_site.ts";
import { recordView } from "./record_view.ts";

const KEY_FIELDS = {
  patients: ["case_id"],
  lines: ["case_id", "line"],
  assessments: ["case_id", "line", "assessment_date"],
} as const;

/** An issue for every record whose key an earlier record of the same site and table has. */
export function duplicateKeyIssues(site: CohortSite): Issue[] {
  const issues: Issue[] = [];
  const { tables } = site.columns;
  const { index } = site;
  const firstPatient = new Int32Array(index.cases.length).fill(-1);
  const firstLine = new Map<number | string, number>();
  // Assessments of a line, chained: the first of each line, then each one's next.
  const firstOfLine = new Map<number | string, number>();
  const next = new Int32Array(tables.assessments.length).fill(-1);
  const lastOfLine = new Map<number | string, number>();
  const days = tables.assessments.values.assessment_date as Int32Array;
  const report = (table: SourceTable, at: number, earlier: number) => {
    const record = recordView(site, table, at);
    const first = recordView(site, table, earlier);
    const fields = KEY_FIELDS[table];
    const where = first.file === record.file ? first.row : `${first.file} ${first.row}`;
    issues.push(recordIssue(
      record,
      fields[fields.length - 1]!,
      "duplicate-key",
      `one ${table} row per ${fields.join(" + ")}, but ${where} has the same ` +
        (first.fingerprint === record.fingerprint ? "key" : "key with different content"),
      "keep the right row of the two in the export (or correct its key)",
    ));
  };
  const check = (table: SourceTable, i: number) => {
    if (table === "patients") {
      const c = index.caseOf.patients[i]!;
      if (firstPatient[c] === -1) firstPatient[c] = i;
      else report(table, i, firstPatient[c]!);
    } else if (table === "lines") {
      const key = index.lineKeys[i]!;
      const earlier = firstLine.get(key);
      if (earlier === undefined) firstLine.set(key, i);
      else report(table, i, earlier);
    } else {
      const key = index.assessmentLineKeys[i]!;
      for (let e = firstOfLine.get(key) ?? -1; e !== -1; e = next[e]!) {
        if (days[e] === days[i]) return report(table, i, e);
      }
      const last = lastOfLine.get(key);
      if (last === undefined) firstOfLine.set(key, i);
      else next[last] = i;
      lastOfLine.set(key, i);
    }
  };
  // Records in read order: each read's records are one run of its table's columns.
  const cursor = { patients: 0, lines: 0, assessments: 0 };
  site.columns.reads.forEach((_, r) => {
    for (const table of ["patients", "lines", "assessments"] as const) {
      const columns = tables[table];
      while (cursor[table] < columns.length && columns.read[cursor[table]] === r) {
        check(table, cursor[table]++);
      }
    }
  });
  return issues;
}

/**
 * The pseudonymous id of each patient record, and an issue for each whose id an earlier record
 * with another case number has.
 */
export function pseudonyms(site: CohortSite): { ids: string[]; issues: Issue[] } {
  const code = site.spec.site;
  const caseIds = site.columns.tables.patients.values.case_id as string[];
  const first = new Map<string, number>();
  const ids: string[] = new Array(caseIds.length);
  const issues: Issue[] = [];
  for (let i = 0; i < caseIds.length; i++) {
    const id = pseudonym(code, caseIds[i]!);
    ids[i] = id;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, i);
    else if (caseIds[earlier] !== caseIds[i]) {
      const before = recordView(site, "patients", earlier);
      issues.push(recordIssue(
        recordView(site, "patients", i),
        "case_id",
        "duplicate-key",
        `a case number that differs from ${before.file} ${before.row} ` +
          `("${before.values.case_id}") once zero-padded to ${id}`,
        "give the two patients distinct case numbers",
      ));
    }
  }
  return { ids, issues };
}
