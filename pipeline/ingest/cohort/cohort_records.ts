/**
 * The records of every site as one cohort: each record has a global number per table (sites in
 * order, then records in read order), and back from a global number to its site and local index.
 * Referral matching and the checks of a whole person work across sites with these numbers.
 *
 * @module
 */

import type { SourceTable } from "../values/source_fields.ts";
import type { CohortSite } from "./cohort_site.ts";

/** Global numbers of one table's records over the cohort's sites. */
export interface GlobalTable {
  length: number;
  /** Where each site's records start. */
  offsets: Int32Array;
  /** The site of each record (index into the cohort's sites). */
  siteOf: Uint16Array;
}

/** The cohort's sites, and global numbers of their records. */
export interface CohortRecords {
  sites: CohortSite[];
  tables: Record<SourceTable, GlobalTable>;
}

/** Global numbering of `sites`' records. */
export function cohortRecords(sites: CohortSite[]): CohortRecords {
  const numbering = (table: SourceTable): GlobalTable => {
    const offsets = new Int32Array(sites.length + 1);
    sites.forEach((site, s) => offsets[s + 1] = offsets[s]! + site.columns.tables[table].length);
    const length = offsets[sites.length]!;
    const siteOf = new Uint16Array(length);
    for (let s = 0; s < sites.length; s++) siteOf.fill(s, offsets[s], offsets[s + 1]);
    return { length, offsets, siteOf };
  };
  return {
    sites,
    tables: {
      patients: numbering("patients"),
      lines: numbering("lines"),
      assessments: numbering("assessments"),
    },
  };
}

/** The site and local index of global record `index` of `table`. */
export function locate(
  cohort: CohortRecords,
  table: SourceTable,
  index: number,
): { site: CohortSite; local: number } {
  const numbering = cohort.tables[table];
  const s = numbering.siteOf[index]!;
  return { site: cohort.sites[s]!, local: index - numbering.offsets[s]! };
}
