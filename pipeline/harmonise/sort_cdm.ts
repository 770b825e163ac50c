/**
 * The row order of the common data model (`data/codebook.md`): by `usubjid`, then `line`, then
 * date; exclusions by site, then case number (numbers in numeric order), then reason. Comparisons
 * are by code unit, never by locale, so the order is the same on every machine.
 *
 * @module
 */

import type { Rows } from "../_shared/contracts/ingest_tables.ts";
import type { CdmTableName } from "../_shared/contracts/cdm_schema.ts";
import { compare } from "./persons.ts";
import type { ExclusionRow } from "../_shared/contracts/quality.ts";

const ORDER: Record<Exclude<CdmTableName, "exclusions">, string[]> = {
  patients: ["usubjid"],
  lines: ["usubjid", "line"],
  assessments: ["usubjid", "line", "assessment_date"],
  followup: ["usubjid"],
};

/** `cdm` with each table in its documented order. */
export function sortCdm(cdm: Record<CdmTableName, Rows>): Record<CdmTableName, Rows> {
  const sorted = { ...cdm };
  for (const [name, keys] of Object.entries(ORDER) as [keyof typeof ORDER, string[]][]) {
    sorted[name] = [...cdm[name]].sort((a, b) => {
      for (const key of keys) {
        const [x, y] = [a[key], b[key]];
        const order = typeof x === "number" && typeof y === "number"
          ? x - y
          : compare(String(x), String(y));
        if (order !== 0) return order;
      }
      return 0;
    });
  }
  return sorted;
}

/** Exclusions by site, case number and reason. */
export function sortExclusions(rows: ExclusionRow[]): Rows {
  const caseKey = (id: string) => /^\d+$/.test(id) ? id.padStart(16, "0") : id;
  return [...rows].sort((a, b) =>
    compare(a.site, b.site) || compare(caseKey(a.case_id), caseKey(b.case_id)) ||
    compare(a.reason, b.reason)
  ) as unknown as Rows;
}
