/**
 * What became of each raw row of one person: the kept patient record is included or excluded with
 * the person; the other sites' records are merged into it; lines and assessments follow the
 * person, except that an included person's lines not for advanced disease (and their assessments)
 * are excluded as `not_advanced_setting`, and rows another site already reported are merged.
 *
 * @module
 */

import type { EligibilityReason } from "../_shared/contracts/cdm_schema.ts";
import type { Person } from "./persons.ts";
import type { Pooled } from "./pool_lines.ts";
import type { Fate } from "./reconciliation.ts";

/** A fate, with the site, file and table of its row. */
export interface LocatedFate {
  site: string;
  file: string;
  table: string;
  fate: Fate;
}

/** The fate of every row of `person`: excluded for `reason`, or included with `pooled`. */
export function personFates(
  person: Person,
  outcome: { reason: EligibilityReason } | { pooled: Pooled },
): LocatedFate[] {
  const fates: LocatedFate[] = [];
  const add = (r: { site: string; file: string }, table: string, fate: Fate) =>
    fates.push({ site: r.site, file: r.file, table, fate });
  const merged: Fate = { kind: "merged", reason: "referral_merged" };
  for (const other of person.records.slice(1)) add(other, "patients", merged);
  if ("reason" in outcome) {
    const excluded: Fate = { kind: "excluded", reason: outcome.reason };
    add(person.canonical, "patients", excluded);
    for (const l of person.lines) add(l, "lines", excluded);
    for (const a of person.assessments) add(a, "assessments", excluded);
    return fates;
  }
  const { pooled } = outcome;
  const included: Fate = { kind: "included" };
  const notAdvanced: Fate = { kind: "excluded", reason: "not_advanced_setting" };
  add(person.canonical, "patients", included);
  for (const { record } of pooled.lines) add(record, "lines", included);
  for (const { record } of pooled.assessments) add(record, "assessments", included);
  for (const r of pooled.merged) add(r, "assessment_date" in r ? "assessments" : "lines", merged);
  for (const l of person.lines.filter((l) => l.setting !== "advanced")) {
    add(l, "lines", notAdvanced);
  }
  for (const a of pooled.perioperative) add(a, "assessments", notAdvanced);
  return fates;
}
