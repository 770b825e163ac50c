/**
 * Warnings harmonise can see once a person's records are together: a reported best response that
 * the line's reported time-point responses contradict; and two sites disagreeing about a referred
 * patient. They go to the data-quality report; none changes the data. (An assessment after death
 * is ingest's plausibility rule `event-after-death`, a warning only when the plan says so;
 * discrepancies between measurements and reported responses need RECIST derivation and are added
 * by the derive stage.)
 *
 * @module
 */

import type { DataWarning } from "../_shared/contracts/data_warning.ts";
import type { AssessmentRecord, LineRecord, PatientRecord } from "./ingest_records.ts";
import type { Person } from "./persons.ts";
import type { Pooled } from "./pool_lines.ts";
import { pushAll } from "../_shared/large_arrays.ts";

const RANK: Record<string, number> = { CR: 4, PR: 3, SD: 2, PD: 1 };
const COMPARED = [
  "primary_site",
  "stage_at_diagnosis",
  "molecular_confirmation",
  "fusion",
  "advanced_date",
] as const;

/** Every warning about `person`; `pooled` is undefined for a person who is not included. */
export function personWarnings(person: Person, pooled?: Pooled): DataWarning[] {
  const warnings: DataWarning[] = [];
  for (const other of person.records.slice(1)) {
    pushAll(warnings, disagreements(person.canonical, other));
  }
  for (const { record, line } of pooled?.lines ?? []) {
    const points = (pooled?.assessments ?? []).filter((a) =>
      a.line === line && a.record.assessment_date > record.start_date
    ).map((a) => a.record.timepoint_response);
    const warning = responseDisagreement(record, points);
    if (warning) warnings.push(warning);
  }
  return warnings;
}

/**
 * The best of the reported time points up to the first PD (CR > PR > SD; PD if PD comes first;
 * NE if only NE), compared with the reported best response where either is CR or PR: a
 * disagreement about whether the line responded is worth a person's look; SD versus PD may only be
 * the minimum-duration rule for stable disease, so it is not flagged.
 */
function responseDisagreement(
  line: LineRecord,
  points: (string | null)[],
): DataWarning | undefined {
  const reported = points.filter((p) => p !== null);
  if (line.best_response === null || reported.length === 0) return undefined;
  let best: string | undefined;
  for (const point of reported) {
    if (point === "PD") {
      best ??= "PD";
      break;
    }
    if ((RANK[point] ?? 0) > (RANK[best ?? ""] ?? 0)) best = point;
  }
  best ??= "NE";
  const responded = (r: string) => r === "CR" || r === "PR";
  if (best === line.best_response || !(responded(best) || responded(line.best_response))) {
    return undefined;
  }
  return at(
    line,
    "best_response",
    line.best_response,
    "best-response-disagrees",
    `reported best response ${line.best_response}, but the reported time points (${
      reported.join(", ")
    }) give ${best}`,
  );
}

/**
 * Fields of the disease that two sites should report alike. Follow-up may differ without either
 * being wrong (one site saw the patient last, alive; the other later, or reports the death), so
 * only a contradiction is flagged: two different dates of death, or a patient seen alive after
 * the date of death another site reports.
 */
function disagreements(canonical: PatientRecord, other: PatientRecord): DataWarning[] {
  const message = (field: string, mine: string | null, theirs: string | null) =>
    `${other.site} reports ${field} ${show(mine)} but ${canonical.site} (the record kept, ` +
    `${canonical.usubjid}) reports ${show(theirs)}`;
  const warnings = COMPARED.filter((field) => canonical[field] !== other[field]).map((field) =>
    at(
      other,
      field,
      other[field],
      "referral-disagreement",
      message(field, other[field], canonical[field]),
    )
  );
  const [a, b] = [canonical.death_date, other.death_date];
  if (a !== null && b !== null && a !== b) {
    warnings.push(at(other, "death_date", b, "referral-disagreement", message("death_date", b, a)));
  }
  for (const [alive, dead] of [[canonical, other], [other, canonical]]) {
    if (alive?.vital_status !== "alive" || dead?.death_date == null) continue;
    if (alive.last_contact_date <= dead.death_date) continue;
    warnings.push(
      at(
        alive,
        "last_contact_date",
        alive.last_contact_date,
        "referral-disagreement",
        `${alive.site} saw the patient alive on ${alive.last_contact_date}, after the date of death ${dead.site} reports (${dead.death_date})`,
      ),
    );
  }
  return warnings;
}

function at(
  record: PatientRecord | LineRecord | AssessmentRecord,
  column: string,
  value: string | null,
  rule: string,
  message: string,
): DataWarning {
  return { site: record.site, file: record.file, row: record.row, column, value, rule, message };
}

function show(value: string | null): string {
  return value === null ? "nothing" : `"${value}"`;
}
