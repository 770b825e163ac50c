/**
 * Patients referred between sites, matched on columns as `pseudonymisation/referrals.ts` describes:
 * two sites' records with the same birth date, sex and date of diagnosis are one patient, who
 * keeps the pseudonymous id of the site that reported the earliest start of a line for advanced
 * disease (ties: site code, then case number). Two records of the same site that match are not
 * merged (a site does not refer to itself): they become a warning.
 *
 * Identities are compared as one number each (birth day, sex, diagnosis day), so matching a
 * million patients is a pass over three columns and one map, not a million keys of text.
 *
 * A limit worth knowing at registry scale: these three fields are not an identifier. Among a
 * million patients, two different people share all three now and then by chance (the synthetic
 * generator, drawing birth dates freely, made about 9 such pairs in 10^5 patients), and they are
 * then taken for one referred person. When their records contradict each other (events after the
 * "same" person's death), the plausibility checks stop the run naming both records; when they do
 * not, the merge is silent. A registry with a shared identifier should match on it instead.
 *
 * @module
 */

import { type IngestWarning, recordWarning } from "../validation/record_issue.ts";
import { SOURCE_FIELDS } from "../values/source_fields.ts";
import { NO_DAY } from "../values/record_columns.ts";
import { isoOfDay } from "./iso_days.ts";
import { type CohortRecords, locate } from "./cohort_records.ts";
import { recordView } from "./record_view.ts";

const ADVANCED = SOURCE_FIELDS.lines.setting!.values!.indexOf("advanced");
const SPAN = 2 ** 23;

/**
 * The person each patient record (global number) belongs to, given each record's own id
 * (`ids`, by site), and the warnings about same-site matches.
 */
export function matchReferrals(
  cohort: CohortRecords,
  ids: readonly string[][],
): { personOf: string[]; warnings: IngestWarning[] } {
  const { sites } = cohort;
  const patients = cohort.tables.patients;
  // The earliest start of a line for advanced disease, per site and case.
  const firstAdvanced = sites.map((site) => {
    const lines = site.columns.tables.lines;
    const setting = lines.values.setting as Int8Array;
    const start = lines.values.start_date as Int32Array;
    const earliest = new Int32Array(site.index.cases.length).fill(NO_DAY);
    for (let i = 0; i < lines.length; i++) {
      if (setting[i] !== ADVANCED) continue;
      const c = site.index.caseOf.lines[i]!;
      if (earliest[c] === NO_DAY || start[i]! < earliest[c]!) earliest[c] = start[i]!;
    }
    return earliest;
  });
  const keys = new Float64Array(patients.length);
  const first = new Map<number, number>();
  const groups = new Map<number, number[]>();
  sites.forEach((site, s) => {
    const values = site.columns.tables.patients.values;
    const birth = values.birth_date as Int32Array;
    const sex = values.sex as Int8Array;
    const diagnosis = values.diagnosis_date as Int32Array;
    for (let i = 0; i < birth.length; i++) {
      const g = patients.offsets[s]! + i;
      const key = ((birth[i]! + SPAN) * 4 + sex[i]! + 1) * 2 * SPAN + diagnosis[i]! + SPAN;
      keys[g] = key;
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, g);
      else {
        const group = groups.get(key);
        if (group === undefined) groups.set(key, [earlier, g]);
        else group.push(g);
      }
    }
  });
  const personOf: string[] = new Array(patients.length);
  sites.forEach((_, s) => {
    const own = ids[s]!;
    for (let i = 0; i < own.length; i++) personOf[patients.offsets[s]! + i] = own[i]!;
  });
  const warnings: IngestWarning[] = [];
  // Groups in the order of their first record, as they were met.
  const ordered = [...groups.values()].sort((a, b) => a[0]! - b[0]!);
  for (const group of ordered) {
    const members = group.map((g) => locate(cohort, "patients", g));
    const codes = new Set(members.map(({ site }) => site.spec.site));
    if (codes.size < group.length) {
      const views = members.map(({ site, local }) => recordView(site, "patients", local));
      for (const view of views.slice(1)) {
        const others = views.filter((o) => o !== view).map((o) =>
          `${o.site} case ${o.values.case_id}`
        );
        warnings.push(recordWarning(
          view,
          "case_id",
          "possible-duplicate-patient",
          `same birth date, sex and diagnosis date as ${
            others.join(", ")
          }; counted as different patients`,
        ));
      }
      continue;
    }
    const rank = ({ site, local }: (typeof members)[number]) => {
      const s = sites.indexOf(site);
      const c = site.index.caseOf.patients[local]!;
      const day = firstAdvanced[s]![c]!;
      return [
        day === NO_DAY ? "\uffff" : isoOfDay(day),
        site.spec.site,
        site.index.cases[c]!,
      ].join("\u0000");
    };
    const ranked = members.map((m, i) => ({ rank: rank(m), i }));
    ranked.sort((a, b) => a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0);
    const canonical = members[ranked[0]!.i]!;
    const id = ids[sites.indexOf(canonical.site)]![canonical.local]!;
    for (const g of group) personOf[g] = id;
  }
  return { personOf, warnings };
}
