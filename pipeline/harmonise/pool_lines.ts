/**
 * A person's lines for advanced disease, pooled over the sites that reported them and renumbered
 * 1, 2, ... by start date. A line another site already reported (same start date and normalised
 * regimen) is merged into it: a referred patient's first line is often in both exports. On equal
 * start dates the canonical site's line comes first, so it is the one kept.
 * Assessments follow their line; one that another site reported for the same line and date is
 * merged likewise.
 *
 * @module
 */

import type { AssessmentRecord, LineRecord } from "./ingest_records.ts";
import { compare, type Person } from "./persons.ts";

/** The pooled lines and assessments of one person. */
export interface Pooled {
  /** Each line kept, with the other sites' records merged into it. */
  lines: { record: LineRecord; line: number; merged: LineRecord[] }[];
  assessments: { record: AssessmentRecord; line: number }[];
  /** Lines and assessments merged into another site's. */
  merged: (LineRecord | AssessmentRecord)[];
  /** Assessments of lines not for advanced disease. */
  perioperative: AssessmentRecord[];
}

/** Pools the lines and assessments of `person`. */
export function poolLines(person: Person): Pooled {
  const rank = (site: string) => site === person.canonical.site ? "" : site;
  const advanced = person.lines.filter((l) => l.setting === "advanced").sort((a, b) =>
    compare(a.start_date, b.start_date) || compare(rank(a.site), rank(b.site)) ||
    a.line_reported - b.line_reported
  );
  const pooled: Pooled = { lines: [], assessments: [], merged: [], perioperative: [] };
  const lineOf = new Map<string, number>();
  const byStart = new Map<string, LineRecord>();
  for (const record of advanced) {
    const key = `${record.start_date}\u0000${record.regimen}`;
    const earlier = byStart.get(key);
    if (earlier && earlier.site !== record.site) {
      pooled.merged.push(record);
      const kept = lineOf.get(siteLine(earlier)) ?? 0;
      lineOf.set(siteLine(record), kept);
      pooled.lines[kept - 1]?.merged.push(record);
      continue;
    }
    byStart.set(key, record);
    const line = pooled.lines.length + 1;
    pooled.lines.push({ record, line, merged: [] });
    lineOf.set(siteLine(record), line);
  }
  const seen = new Map<string, string>();
  const assessments = [...person.assessments].sort((a, b) => compare(rank(a.site), rank(b.site)));
  for (const record of assessments) {
    const line = lineOf.get(siteLine(record));
    if (line === undefined) {
      pooled.perioperative.push(record);
      continue;
    }
    const key = `${line}\u0000${record.assessment_date}`;
    const site = seen.get(key);
    if (site !== undefined && site !== record.site) pooled.merged.push(record);
    else {
      seen.set(key, record.site);
      pooled.assessments.push({ record, line });
    }
  }
  pooled.assessments.sort((a, b) =>
    a.line - b.line || compare(a.record.assessment_date, b.record.assessment_date)
  );
  return pooled;
}

function siteLine(record: LineRecord | AssessmentRecord): string {
  return `${record.usubjid}\u0000${record.line_reported}`;
}
