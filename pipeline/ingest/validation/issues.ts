/**
 * Validation issues: a value that cannot be used, located where a person can fix it (site, file,
 * row as the file numbers it or sheet and cell, column), with the value found, the rule broken and
 * what to do. All issues of a run are collected and thrown together as one
 * {@linkcode PipelineError}, so that one run shows every bad row (up to a limit), not only the first.
 *
 * @module
 */

import { PipelineError } from "../../_shared/stage.ts";

/** The value found, or a marker that it belongs to a direct identifier and is not shown. */
export type Found = string | null | { withheld: string } | PendingCell;

/**
 * A cell whose text is looked up in its file only if an issue names it: records keep values, not
 * the text they were read from (`cohort/cell_texts.ts` fills these in before anyone sees them).
 */
export interface PendingCell {
  /** The site, the file and table entry of its spec (indexes), the row label and the column. */
  pending: { site: string; file: number; table: number; row: string; column: string };
}

/** One value that cannot be used. */
export interface Issue {
  site: string;
  /** File name inside the site folder (`site.json` for the spec itself; "" for the site folder). */
  file: string;
  /** As the file numbers it: `row 7`, `Patients!D7`, `record 12`; "" for the whole file. */
  row: string;
  /** Column name in the file (with the source field in parentheses), or "". */
  column: string;
  /** The value found; absent when the problem is not one value (a spec, a folder entry). */
  value?: Found;
  /** Short name of the rule broken: `unparseable-date`, `unknown-code`, ... */
  rule: string;
  /** What a usable value looks like; or, when `value` is absent, what is wrong. */
  expected: string;
  /** What to change, and where. */
  fix: string;
}

/** How many issues one error message lists before it summarises the rest. */
export const ISSUE_LIMIT = 50;

/** The value found, as a message shows it. */
export function showFound(value: Found): string {
  if (value === null) return "nothing (missing)";
  if (typeof value === "object") {
    return "withheld" in value
      ? `a value of identifier field ${value.withheld} (not shown)`
      : `the text of ${value.pending.row}`;
  }
  return JSON.stringify(value);
}

/** One issue as two lines of text. */
export function formatIssue(issue: Issue): string {
  const where = [issue.site, issue.file, issue.row].filter((part) => part !== "").join(" ") ||
    "the raw folder";
  const column = issue.column === "" ? "" : `, column ${issue.column}`;
  if (issue.value === undefined) {
    return `- ${where}${column}: ${issue.expected}\n  rule ${issue.rule}; fix: ${issue.fix}`;
  }
  return `- ${where}${column}: found ${showFound(issue.value)}\n` +
    `  rule ${issue.rule}: expected ${issue.expected}; fix: ${issue.fix}`;
}

/** The error that stops the run, listing up to `limit` issues in the order given. */
export function issuesError(issues: readonly Issue[], limit = ISSUE_LIMIT): PipelineError {
  const shown = issues.slice(0, limit).map(formatIssue);
  const more = issues.length > limit ? `\n... and ${issues.length - limit} more not shown` : "";
  const noun = issues.length === 1 ? "problem" : "problems";
  return new PipelineError(
    `raw data cannot be used: ${issues.length} ${noun} found\n${shown.join("\n")}${more}\n` +
      "Nothing was written. Fix the export, its site.json or the analysis plan as each line " +
      "says, then run again.",
  );
}

/** Throws {@linkcode issuesError} when there is any issue. */
export function throwIfIssues(issues: readonly Issue[]): void {
  if (issues.length > 0) throw issuesError(issues);
}
