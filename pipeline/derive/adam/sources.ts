/**
 * The raw records behind each analysis-dataset row (ADaM's traceability, `SRCREC`): references
 * in the form `site/file row` (`recordReference` in the CDM contract), several joined by "; ".
 *
 * - ADSL and OS: the patient records of the patient (every site that reported the patient: the
 *   demographics, the date of advanced disease, the last contact and the death come from them).
 * - PFS of a line: the line's record(s), every assessment of the line (the progression or the
 *   censoring date comes from them), and the patient records when the line ends at death or last
 *   contact.
 * - A best overall response: the line's record(s) and every assessment of the line.
 * - A time-point response: its assessment and, when derived from measurements, the baseline
 *   assessment it is compared with.
 *
 * @module
 */

import { joinReferences, splitReferences } from "../../_shared/contracts/cdm.ts";
import type { LineEndpoints, PatientEndpoints } from "../endpoints.ts";

/** The patient's records. */
export function patientSources(p: PatientEndpoints): string {
  return joinReferences([
    ...splitReferences(p.patient.sources),
    ...splitReferences(p.followup.sources),
  ]);
}

/** The records behind a line's PFS. */
export function pfsSources(p: PatientEndpoints, l: LineEndpoints): string {
  const endsInFollowUp = /^(DEATH|LAST CONTACT)$/.test(
    l.pfs.eventDescription || l.pfs.censorDescription,
  );
  return joinReferences([
    ...lineRecords(l),
    ...(endsInFollowUp ? splitReferences(patientSources(p)) : []),
  ]);
}

/** The records behind a line's best overall response. */
export function bestResponseSources(l: LineEndpoints): string {
  return joinReferences(lineRecords(l));
}

/** The records behind the time-point response of `date`. */
export function timepointSources(l: LineEndpoints, date: string): string {
  const baseline = l.response.source === "measurements" ? l.response.baseline?.date : undefined;
  return joinReferences(
    l.assessments.filter((a) => a.assessment_date === date || a.assessment_date === baseline)
      .flatMap((a) => splitReferences(a.sources)),
  );
}

function lineRecords(l: LineEndpoints): string[] {
  return [
    ...splitReferences(l.line.sources),
    ...l.assessments.flatMap((a) => splitReferences(a.sources)),
  ];
}
