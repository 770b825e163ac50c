/**
 * Progression-free survival of a line and overall survival of a patient, in whole days.
 *
 * PFS runs from the line's start. The event is the earliest of the line's first progression
 * (derived or reported) and, when the plan counts it, death without progression. The analysis
 * plan chooses two conventions (`pipeline/_shared/analysis_plan.ts`; FDA 2018 guidance, Clinical
 * Trial Endpoints for the Approval of Cancer Drugs and Biologics, Table A):
 * - `eventsAfterNextLine`: a progression or death dated after the next line's start (strictly
 *   after: a progression on the day the next line starts is the one that led to it, and counts)
 *   is `censor`ed, as FDA Table A's "new anticancer therapy started before progression" (the line
 *   is then censored at its last, or last adequate, assessment on or before the next line's
 *   start, and the censoring description ends "BEFORE NEXT LINE"); or `count`ed as an event of
 *   the earlier line, progression and death alike; or `count_progression_only` (the pipeline's
 *   first convention: a progression counts, a death does not). A counted event dated after the
 *   next line's start has an event description ending "AFTER START OF NEXT LINE".
 * - `censorAt`: a line without an event is censored at its last tumour assessment, or at its last
 *   adequate one (whose time-point response is evaluable: it could have shown progression), so
 *   that a final scan without the target sum does not extend the time at risk. A line whose
 *   assessments are all inadequate is censored at its start.
 *
 * A line without any post-baseline assessment is censored at its end (or last contact while
 * ongoing), or at its start, as `censorWithoutAssessment` says. A censoring date never falls
 * after the next line's start or the last contact, and never before the line's start. Every
 * record's EVNTDESC or CNSDTDSC names the rule that dated it.
 *
 * OS runs from the diagnosis of advanced disease (or the first line's start, as the plan says) to
 * death from any cause; patients alive are censored at last contact.
 *
 * @module
 */

import type { FollowupRow, LineRow, PatientRow } from "../_shared/contracts/cdm.ts";
import { daysBetween } from "../_shared/dates.ts";
import type { AnalysisPlan } from "../_shared/analysis_plan.ts";
import type { LineResponse } from "./line_response.ts";

/** One time-to-event record in ADaM terms. */
export interface TimeToEvent {
  startDate: string;
  endDate: string;
  days: number;
  /** 0 = event, 1 = censored (CDISC convention). */
  cnsr: 0 | 1;
  /** What the event was (events only). */
  eventDescription: string;
  /** What the censoring date is (censored records only). */
  censorDescription: string;
}

/** PFS of `line`, given its response, the next line's start and the patient's follow-up. */
export function deriveProgressionFreeSurvival(
  line: LineRow,
  response: LineResponse,
  nextLineStart: string | null,
  followup: FollowupRow,
  plan: AnalysisPlan["progressionFreeSurvival"],
): TimeToEvent {
  const start = line.start_date;
  const afterNextLine = (date: string) => nextLineStart !== null && date > nextLineStart;
  const after = plan.eventsAfterNextLine;
  const firstPd = response.unconfirmed.progressionDate;
  const progression = firstPd !== null && (after !== "censor" || !afterNextLine(firstPd))
    ? firstPd
    : null;
  const death = followup.death_date;
  const deathCounts = plan.deathIsEvent && death !== null && death >= start &&
    (after === "count" || !afterNextLine(death)) &&
    (progression === null || death < progression);
  const eventAt = (date: string, why: string) =>
    event(start, date, afterNextLine(date) ? `${why} AFTER START OF NEXT LINE` : why);
  if (deathCounts) return eventAt(death, "DEATH");
  if (progression !== null) return eventAt(progression, progressionDescription(response));
  const [censorDate, description] = censoring(line, response, followup, plan, nextLineStart);
  const limits: [string, string][] = [[followup.last_contact_date, "LAST CONTACT"]];
  if (nextLineStart !== null) limits.push([nextLineStart, "START OF NEXT LINE"]);
  let [end, why] = [censorDate, description];
  for (const [limit, limitWhy] of limits) if (limit < end) [end, why] = [limit, limitWhy];
  if (end < start) [end, why] = [start, "START OF LINE"];
  return censored(start, end, why);
}

/** OS of a patient. */
export function deriveOverallSurvival(
  patient: PatientRow,
  firstLineStart: string,
  followup: FollowupRow,
  plan: AnalysisPlan["overallSurvival"],
): TimeToEvent {
  const start = plan.origin === "advanced_diagnosis" ? patient.advanced_date : firstLineStart;
  if (followup.vital_status === "dead" && followup.death_date !== null) {
    return event(start, followup.death_date, "DEATH");
  }
  return censored(start, followup.last_contact_date, "LAST CONTACT");
}

function censoring(
  line: LineRow,
  response: LineResponse,
  followup: FollowupRow,
  plan: AnalysisPlan["progressionFreeSurvival"],
  nextLineStart: string | null,
): [string, string] {
  // With events after the next line censored (FDA 2018, Table A), so is the line: at its last
  // (adequate) assessment on or before the next line's start. Otherwise that start caps the date.
  const beforeNextLine = plan.eventsAfterNextLine === "censor" && nextLineStart !== null;
  const adequate = plan.censorAt === "last_adequate_assessment";
  const dates = adequate ? response.adequateAssessmentDates : response.assessmentDates;
  const lastAssessment = dates.findLast((d) => !beforeNextLine || d <= nextLineStart!);
  if (lastAssessment !== undefined) {
    const what = adequate ? "LAST ADEQUATE TUMOUR ASSESSMENT" : "LAST TUMOUR ASSESSMENT";
    return [lastAssessment, beforeNextLine ? `${what} BEFORE NEXT LINE` : what];
  }
  if (adequate && response.assessmentDates.length > 0) {
    // Assessments, none adequate: the line could not show progression after its start.
    return [line.start_date, "START OF LINE (NO ADEQUATE ASSESSMENT)"];
  }
  if (plan.censorWithoutAssessment === "line_start") return [line.start_date, "START OF LINE"];
  if (line.end_date !== null) return [line.end_date, "END OF LINE"];
  return [followup.last_contact_date, "LAST CONTACT"];
}

function progressionDescription(response: LineResponse): string {
  switch (response.source) {
    case "measurements":
      return "PROGRESSION (RECIST 1.1 FROM MEASUREMENTS)";
    case "timepoints":
      return "PROGRESSION (REPORTED TIME-POINT RESPONSE)";
    default:
      return "PROGRESSION (REPORTED DATE)";
  }
}

function event(startDate: string, endDate: string, why: string): TimeToEvent {
  return {
    startDate,
    endDate,
    days: daysBetween(startDate, endDate),
    cnsr: 0,
    eventDescription: why,
    censorDescription: "",
  };
}

function censored(startDate: string, endDate: string, why: string): TimeToEvent {
  return {
    startDate,
    endDate,
    days: daysBetween(startDate, endDate),
    cnsr: 1,
    eventDescription: "",
    censorDescription: why,
  };
}
