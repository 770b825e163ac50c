/**
 * The common-data-model rows of one included person: the canonical record's demographics (the
 * date of advanced disease from another site when the canonical one lacks it), the pooled lines
 * with their regimen class, the assessments on the pooled line numbers, and follow-up over every
 * reporting site (latest last contact; dead if any site reports the death).
 *
 * @module
 */

import { joinReferences, recordReference } from "../_shared/contracts/cdm.ts";
import type { Rows } from "../_shared/contracts/ingest_tables.ts";
import type { Person } from "./persons.ts";
import type { Pooled } from "./pool_lines.ts";
import type { RegimenClass } from "../_shared/regimen_classes.ts";

/** The patients, lines, assessments and follow-up rows of `person`. */
export function cdmRows(
  person: Person,
  pooled: Pooled,
  classes: ReadonlyMap<string, RegimenClass>,
): { patients: Rows; lines: Rows; assessments: Rows; followup: Rows } {
  const c = person.canonical;
  const sites = [...new Set(person.records.map((r) => r.site))].sort();
  const advancedDates = person.records.map((r) => r.advanced_date).filter((d) => d !== null).sort();
  const patientSources = joinReferences([c, ...person.records].map(recordReference));
  const patient = {
    usubjid: person.id,
    siteid: c.site,
    sites: sites.join(";"),
    sex: c.sex,
    age_at_diagnosis: c.age_at_diagnosis,
    diagnosis_date: c.diagnosis_date,
    primary_site: c.primary_site,
    stage_at_diagnosis: c.stage_at_diagnosis,
    fusion: c.fusion,
    advanced_date: c.advanced_date ?? advancedDates[0] ?? null,
    sources: patientSources,
  };
  const lines = pooled.lines.map(({ record: l, line, merged }) => ({
    usubjid: person.id,
    line,
    line_reported: l.line_reported,
    source_site: l.site,
    regimen_reported: l.regimen_reported,
    regimen: l.regimen,
    regimen_class: classes.get(l.regimen)?.regimen_class ?? null,
    start_date: l.start_date,
    end_date: l.end_date,
    reason_stopped: l.reason_stopped,
    best_response_reported: l.best_response,
    progression_date_reported: l.progression_date,
    sources: joinReferences([l, ...merged].map(recordReference)),
  }));
  const assessments = pooled.assessments.map(({ record: a, line }) => ({
    usubjid: person.id,
    line,
    assessment_date: a.assessment_date,
    target_sum_mm: a.target_sum_mm,
    target_nodal_sum_mm: a.target_nodal_sum_mm,
    target_nodal_max_mm: a.target_nodal_max_mm,
    nontarget: a.nontarget,
    new_lesions: a.new_lesions === null ? null : a.new_lesions === "yes",
    timepoint_response_reported: a.timepoint_response,
    sources: recordReference(a),
  }));
  return {
    patients: [patient],
    lines,
    assessments,
    followup: [{ ...followup(person), sources: patientSources }],
  };
}

function followup(person: Person): Rows[number] {
  const c = person.canonical;
  const lastContact = person.records.map((r) => r.last_contact_date).sort().at(-1) ?? null;
  const dead = person.records.filter((r) => r.vital_status === "dead");
  const deathDates = dead.map((r) => r.death_date).filter((d) => d !== null).sort();
  return {
    usubjid: person.id,
    last_contact_date: lastContact,
    vital_status: dead.length > 0 ? "dead" : "alive",
    death_date: c.vital_status === "dead" ? c.death_date : deathDates[0] ?? null,
  };
}
