/**
 * Errors and warnings as the analysis plan says: every issue is an error, except those of the
 * rules the plan lists in `plausibility.warnOnly` (only downgradable rules may be listed; the plan
 * validator checks that), which become warnings for the data-quality report. A warning never
 * carries the value of an identifier field.
 *
 * @module
 */

import type { Issue } from "../issues.ts";
import type { IngestWarning } from "../record_issue.ts";

/** `issues` split into what stops the run and what the data-quality report lists. */
export function applyWarnOnly(
  issues: readonly Issue[],
  warnOnly: readonly string[],
): { issues: Issue[]; warnings: IngestWarning[] } {
  const warnings: IngestWarning[] = [];
  const errors: Issue[] = [];
  for (const issue of issues) {
    if (!warnOnly.includes(issue.rule)) {
      errors.push(issue);
      continue;
    }
    warnings.push({
      site: issue.site,
      file: issue.file,
      row: issue.row,
      column: issue.column,
      value: typeof issue.value === "string" || (issue.value !== null &&
          typeof issue.value === "object" && "pending" in issue.value)
        ? issue.value
        : null,
      rule: issue.rule,
      message: `expected ${issue.expected} (a warning: the plan's plausibility.warnOnly lists ` +
        `${issue.rule})`,
    });
  }
  return { issues: errors, warnings };
}
