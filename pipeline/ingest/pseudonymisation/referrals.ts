/**
 * Patients referred between sites. Two sites' records with the same birth date, sex and date of
 * diagnosis are one patient (birth dates are still at hand here; they never leave ingest). The
 * patient keeps the pseudonymous id of the site that reported the earliest start of a line for
 * advanced disease (ties: site code, then case number); the other records are merged into it.
 * Two records of the same site that match are not merged (a site does not refer to itself): they
 * become a warning, since they may be one patient entered twice.
 *
 * @module
 */

import type { DataWarning } from "../../_shared/contracts/data_warning.ts";
import { patientKey } from "../validation/link_checks.ts";
import { pseudonym } from "./pseudonym.ts";
import { recordWarning } from "../validation/record_issue.ts";
import type { SourceRecord } from "../values/source_records.ts";

/** The pseudonymous id of the patient each patient record belongs to, and warnings. */
export function matchReferrals(
  patients: readonly SourceRecord[],
  lines: readonly SourceRecord[],
): { personOf: Map<SourceRecord, string>; warnings: DataWarning[] } {
  const firstAdvanced = new Map<string, string>();
  for (const line of lines) {
    if (line.values.setting !== "advanced") continue;
    const key = patientKey(line.site, line.values.case_id);
    const start = String(line.values.start_date);
    const earlier = firstAdvanced.get(key);
    if (earlier === undefined || start < earlier) firstAdvanced.set(key, start);
  }
  const groups = new Map<string, SourceRecord[]>();
  for (const p of patients) {
    const key = JSON.stringify([p.values.birth_date, p.values.sex, p.values.diagnosis_date]);
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const personOf = new Map<SourceRecord, string>();
  const warnings: DataWarning[] = [];
  for (const group of groups.values()) {
    const sites = new Set(group.map((p) => p.site));
    if (group.length === 1 || sites.size < group.length) {
      for (const p of group) personOf.set(p, pseudonym(p.site, String(p.values.case_id)));
      if (group.length > 1) warnings.push(...group.slice(1).map((p) => sameSiteWarning(p, group)));
      continue;
    }
    const rank = (p: SourceRecord) =>
      [
        firstAdvanced.get(patientKey(p.site, p.values.case_id)) ?? "\uffff",
        p.site,
        String(p.values.case_id),
      ].join("\u0000");
    const canonical = [...group].sort((a, b) =>
      rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0
    )[0];
    const id = pseudonym(canonical?.site ?? "", String(canonical?.values.case_id));
    for (const p of group) personOf.set(p, id);
  }
  return { personOf, warnings };
}

function sameSiteWarning(p: SourceRecord, group: SourceRecord[]): DataWarning {
  const others = group.filter((o) => o !== p).map((o) => `${o.site} case ${o.values.case_id}`);
  return recordWarning(
    p,
    "case_id",
    "possible-duplicate-patient",
    `same birth date, sex and diagnosis date as ${
      others.join(", ")
    }; counted as different patients`,
  );
}
