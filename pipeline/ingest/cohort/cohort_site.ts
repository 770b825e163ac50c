/**
 * A site of the cohort as the checks see it: its spec, its records as columns, and the indexes
 * several checks share (each record's case number as a small integer, the patient record of each
 * case, the key of each line). Built once per site; a registry's site of 10,000 patients costs a
 * few megabytes of typed arrays.
 *
 * @module
 */

import type { SiteSpec } from "../site_specs/types.ts";
import type { SiteColumns } from "../values/site_columns.ts";
import type { SourceTable } from "../values/source_fields.ts";

/** A site of the cohort. */
export interface CohortSite {
  spec: SiteSpec;
  columns: SiteColumns;
  /** A file, a row or the spec could not be read: children are not blamed for missing parents. */
  incomplete: boolean;
  index: SiteIndex;
}

/** Indexes of one site's records. */
export interface SiteIndex {
  /** Every case number the site's records hold, each once. */
  cases: string[];
  /** Each record's case number, as an index into `cases`. */
  caseOf: Record<SourceTable, Int32Array>;
  /** The site's last patient record of each case (-1: none), as it links children. */
  patientOfCase: Int32Array;
  /** Each line's key: its case and line number (`lineKey`). */
  lineKeys: (number | string)[];
  /** Each assessment's line key. */
  assessmentLineKeys: (number | string)[];
}

/** The key of line `line` of case `caseIndex`: one number, unless the line number is huge. */
export function lineKey(caseIndex: number, line: number): number | string {
  return Number.isInteger(line) && line >= 0 && line < 2_097_152
    ? caseIndex * 2_097_152 + line
    : `${caseIndex}:${line}`;
}

/** The site with its indexes. */
export function cohortSite(spec: SiteSpec, columns: SiteColumns, incomplete: boolean): CohortSite {
  const cases: string[] = [];
  const numbers = new Map<string, number>();
  const caseIndexes = (table: SourceTable) => {
    const ids = columns.tables[table].values.case_id as (string | null)[];
    const out = new Int32Array(ids.length);
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] ?? "";
      let n = numbers.get(id);
      if (n === undefined) {
        n = cases.length;
        numbers.set(id, n);
        cases.push(id);
      }
      out[i] = n;
    }
    return out;
  };
  const caseOf = {
    patients: caseIndexes("patients"),
    lines: caseIndexes("lines"),
    assessments: caseIndexes("assessments"),
  };
  const patientOfCase = new Int32Array(cases.length).fill(-1);
  caseOf.patients.forEach((c, i) => patientOfCase[c] = i);
  const keys = (table: "lines" | "assessments") => {
    const lines = columns.tables[table].values.line as Float64Array;
    return Array.from(caseOf[table], (c, i) => lineKey(c, lines[i]!));
  };
  return {
    spec,
    columns,
    incomplete,
    index: {
      cases,
      caseOf,
      patientOfCase,
      lineKeys: keys("lines"),
      assessmentLineKeys: keys("assessments"),
    },
  };
}
