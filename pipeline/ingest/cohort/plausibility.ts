/**
 * The plausibility rules over a whole cohort kept as columns. Each rule is checked first on the
 * columns themselves, as the comparison of day numbers and sizes it is; only a record (or a
 * person) that breaks one is then looked at as objects by the checks that word the issues
 * (`validation/plausibility/`), which thus stay the one statement of every rule's message. A
 * million patients with nothing wrong cost a pass over the columns and no object at all.
 *
 * The issues come in this order: value ranges of every record in read order, each patient record's own order, each person's course, each assessment's
 * measurements, one issue per value (the first rule it breaks).
 *
 * @module
 */

import {
  EARLIEST_DATE,
  MAXIMUM_AGE_YEARS,
  MAXIMUM_LESION_MM,
  MAXIMUM_TARGET_LESIONS,
  MINIMUM_BASELINE_SUM_MM,
} from "../../_shared/contracts/plausibility_rules.ts";
import { dayNumber } from "../../_shared/dates.ts";
import type { Issue } from "../validation/issues.ts";
import { courseOrderIssues } from "../validation/plausibility/course_order.ts";
import { measurementIssues } from "../validation/plausibility/measurements.ts";
import { patientOrderIssues } from "../validation/plausibility/patient_order.ts";
import { valueRangeIssues } from "../validation/plausibility/value_ranges.ts";
import { SOURCE_FIELDS, type SourceTable } from "../values/source_fields.ts";
import { NO_DAY } from "../values/record_columns.ts";
import { type CohortRecords, locate } from "./cohort_records.ts";
import type { CohortSite } from "./cohort_site.ts";
import { personRecords, type Persons } from "./persons.ts";
import { recordView } from "./record_view.ts";
import { pushAll } from "../../_shared/large_arrays.ts";

const EARLIEST = dayNumber(EARLIEST_DATE);
const SUM_LIMIT = MAXIMUM_TARGET_LESIONS * MAXIMUM_LESION_MM;
const DEAD = SOURCE_FIELDS.patients.vital_status!.values!.indexOf("dead");
const ALIVE = SOURCE_FIELDS.patients.vital_status!.values!.indexOf("alive");
const ADVANCED = SOURCE_FIELDS.lines.setting!.values!.indexOf("advanced");

/** Every plausibility issue of the cohort, at most one per value. */
export function cohortPlausibility(
  cohort: CohortRecords,
  persons: Persons,
  cutoff: string | undefined,
): Issue[] {
  const cutoffDay = cutoff === undefined ? undefined : dayNumber(cutoff);
  const issues: Issue[] = [];
  for (const site of cohort.sites) pushAll(issues, valueRanges(site, cutoff, cutoffDay));
  for (const site of cohort.sites) pushAll(issues, patientOrders(site));
  for (let p = 0; p < persons.count; p++) {
    if (courseBroken(cohort, persons, p)) {
      pushAll(issues, courseOrderIssues(personRecords(cohort, persons, p)));
    }
  }
  for (let p = 0; p < persons.count; p++) {
    const { offsets, records } = persons.assessments;
    for (let k = offsets[p]!; k < offsets[p + 1]!; k++) {
      const g = records[k]!;
      if (!measurementsBroken(cohort, persons, g)) continue;
      const view = (table: SourceTable, n: number) => {
        const { site, local } = locate(cohort, table, n);
        return recordView(site, table, local);
      };
      const line = persons.assessmentLine[g]!;
      pushAll(
        issues,
        measurementIssues({
          record: view("assessments", g),
          patient: view("patients", persons.assessmentPatient[g]!),
          ...(line === -1 ? {} : { line: view("lines", line) }),
        }),
      );
    }
  }
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = JSON.stringify([issue.site, issue.file, issue.row, issue.column]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Value-range issues of a site's records, in read order. */
function valueRanges(site: CohortSite, cutoff: string | undefined, cutoffDay?: number): Issue[] {
  const issues: Issue[] = [];
  const { tables } = site.columns;
  const cursor = { patients: 0, lines: 0, assessments: 0 };
  const broken = (table: SourceTable, i: number): boolean => {
    const values = tables[table].values;
    for (const [name, spec] of Object.entries(SOURCE_FIELDS[table])) {
      const column = values[name];
      if (spec.type === "date" && column !== undefined) {
        const day = (column as Int32Array)[i]!;
        if (day === NO_DAY) continue;
        if ((cutoffDay !== undefined && day > cutoffDay) || day < EARLIEST) return true;
      }
    }
    if (table === "assessments") {
      const limit = (name: string, most: number) => (values[name] as Float64Array)[i]! > most;
      if (
        limit("target_sum_mm", SUM_LIMIT) || limit("target_nodal_sum_mm", SUM_LIMIT) ||
        limit("target_nodal_max_mm", MAXIMUM_LESION_MM)
      ) return true;
    }
    if (table === "patients") {
      const birth = (values.birth_date as Int32Array)[i]!;
      const diagnosis = (values.diagnosis_date as Int32Array)[i]!;
      // Completed years above the limit need at least that many times 365 days.
      if (birth <= diagnosis && diagnosis - birth > MAXIMUM_AGE_YEARS * 365) return true;
    }
    return false;
  };
  site.columns.reads.forEach((_, r) => {
    for (const table of ["patients", "lines", "assessments"] as const) {
      const columns = tables[table];
      while (cursor[table] < columns.length && columns.read[cursor[table]] === r) {
        const i = cursor[table]++;
        if (broken(table, i)) pushAll(issues, valueRangeIssues(recordView(site, table, i), cutoff));
      }
    }
  });
  return issues;
}

/** Issues of each patient record's own order. */
function patientOrders(site: CohortSite): Issue[] {
  const issues: Issue[] = [];
  const values = site.columns.tables.patients.values;
  const birth = values.birth_date as Int32Array;
  const diagnosis = values.diagnosis_date as Int32Array;
  const advanced = values.advanced_date as Int32Array;
  const contact = values.last_contact_date as Int32Array;
  const death = values.death_date as Int32Array;
  const status = values.vital_status as Int8Array;
  for (let i = 0; i < birth.length; i++) {
    const d = diagnosis[i]!;
    const before = (day: number) => day !== NO_DAY && day < d;
    if (
      birth[i]! > d || before(advanced[i]!) || before(contact[i]!) || before(death[i]!) ||
      (status[i] === DEAD && death[i] === NO_DAY) || (status[i] === ALIVE && death[i] !== NO_DAY)
    ) pushAll(issues, patientOrderIssues(recordView(site, "patients", i)));
  }
  return issues;
}

/** A day of a column of a record given by global number. */
function day(cohort: CohortRecords, table: SourceTable, field: string, g: number): number {
  const { site, local } = locate(cohort, table, g);
  return (site.columns.tables[table].values[field] as Int32Array)[local]!;
}

/** Whether person `p`'s course breaks an order rule (`course_order.ts` says which). */
function courseBroken(cohort: CohortRecords, persons: Persons, p: number): boolean {
  let death = NO_DAY;
  let lastContact = NO_DAY;
  let alive = true;
  const { patients, lines, assessments } = persons;
  for (let k = patients.offsets[p]!; k < patients.offsets[p + 1]!; k++) {
    const g = patients.records[k]!;
    const { site, local } = locate(cohort, "patients", g);
    const values = site.columns.tables.patients.values;
    const contact = (values.last_contact_date as Int32Array)[local]!;
    if (contact !== NO_DAY && (lastContact === NO_DAY || contact > lastContact)) {
      lastContact = contact;
    }
    if ((values.vital_status as Int8Array)[local] === DEAD) {
      alive = false;
      const died = (values.death_date as Int32Array)[local]!;
      if (died !== NO_DAY && (death === NO_DAY || died < death)) death = died;
    }
  }
  const afterDeath = (d: number) => d !== NO_DAY && death !== NO_DAY && d > death;
  const afterContact = (d: number) =>
    alive && d !== NO_DAY && lastContact !== NO_DAY && d > lastContact;
  for (let k = patients.offsets[p]!; k < patients.offsets[p + 1]!; k++) {
    const g = patients.records[k]!;
    const advanced = day(cohort, "patients", "advanced_date", g);
    if (afterDeath(day(cohort, "patients", "last_contact_date", g))) return true;
    if (afterDeath(advanced) || afterContact(advanced)) return true;
  }
  for (let k = lines.offsets[p]!; k < lines.offsets[p + 1]!; k++) {
    const g = lines.records[k]!;
    const patient = persons.linePatient[g]!;
    const start = day(cohort, "lines", "start_date", g);
    const diagnosis = day(cohort, "patients", "diagnosis_date", patient);
    if (start < diagnosis || afterDeath(start) || afterContact(start)) return true;
    for (const field of ["end_date", "progression_date"]) {
      const d = day(cohort, "lines", field, g);
      if (d === NO_DAY) continue;
      if (d < start || afterDeath(d) || afterContact(d)) return true;
    }
    const { site, local } = locate(cohort, "lines", g);
    const setting = (site.columns.tables.lines.values.setting as Int8Array)[local];
    const advanced = day(cohort, "patients", "advanced_date", patient);
    if (setting === ADVANCED && advanced !== NO_DAY && start < advanced) return true;
  }
  for (let k = assessments.offsets[p]!; k < assessments.offsets[p + 1]!; k++) {
    const g = assessments.records[k]!;
    const d = day(cohort, "assessments", "assessment_date", g);
    const diagnosis = day(cohort, "patients", "diagnosis_date", persons.assessmentPatient[g]!);
    if (d < diagnosis || afterDeath(d) || afterContact(d)) return true;
  }
  return false;
}

/** Whether assessment `g`'s measurements break a RECIST relation (`measurements.ts`). */
function measurementsBroken(cohort: CohortRecords, persons: Persons, g: number): boolean {
  const { site, local } = locate(cohort, "assessments", g);
  const values = site.columns.tables.assessments.values;
  const size = (name: string) => (values[name] as Float64Array)[local]!;
  const target = size("target_sum_mm");
  const nodal = size("target_nodal_sum_mm");
  const largest = size("target_nodal_max_mm");
  if (nodal > target) return true; // false when either is missing (NaN)
  if (largest > (Number.isNaN(nodal) ? 0 : nodal)) return true;
  const line = persons.assessmentLine[g]!;
  if (Number.isNaN(target) || target >= MINIMUM_BASELINE_SUM_MM || line === -1) return false;
  const date = (values.assessment_date as Int32Array)[local]!;
  return date <= day(cohort, "lines", "start_date", line);
}
