/**
 * Two different case numbers of one site must not give the same pseudonymous id (`12` and `0012`
 * both pad to `0012`); otherwise two patients would be merged silently.
 *
 * @module
 */

import type { Issue } from "../validation/issues.ts";
import { pseudonym } from "./pseudonym.ts";
import { recordIssue } from "../validation/record_issue.ts";
import type { SourceRecord } from "../values/source_records.ts";

/** An issue for each patient record whose id an earlier record with another case number has. */
export function pseudonymIssues(patients: readonly SourceRecord[]): Issue[] {
  const first = new Map<string, SourceRecord>();
  const issues: Issue[] = [];
  for (const p of patients) {
    const id = pseudonym(p.site, String(p.values.case_id));
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, p);
    else if (earlier.values.case_id !== p.values.case_id) {
      issues.push(recordIssue(
        p,
        "case_id",
        "duplicate-key",
        `a case number that differs from ${earlier.file} ${earlier.row} ` +
          `("${earlier.values.case_id}") once zero-padded to ${id}`,
        "give the two patients distinct case numbers",
      ));
    }
  }
  return issues;
}
