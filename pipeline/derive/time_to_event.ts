/**
 * Progression-free survival of a line and overall survival of a patient, in whole days.
 *
 * PFS runs from the line's start. The event is the earliest of the line's first progression
 * (derived or reported) and, when the plan counts it, death without progression. An event dated
 * after the next line's start is handled as `eventsAfterNextLine` says: censored (FDA 2018,
 * Table A), counted, or counted only when it is a progression. Without an event the line is
 * censored at its last tumour assessment or its last adequate one (`censorAt`); a line without
 * any post-baseline assessment is censored at its end (or last contact while ongoing), or at its
 * start, as the plan says. A censoring date never falls after the next line's start or the last
 * contact, and never before the line's start.
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
  const beforeNextLine = (date: string) => nextLineStart === null || date < nextLineStart;
  const after = plan.eventsAfterNextLine;
  const reported = response.unconfirmed.progressionDate;
  const progression = reported !== null && (after !== "censor" || beforeNextLine(reported))
    ? reported
    : null;
  const death = followup.death_date;
  const deathCounts = plan.deathIsEvent && death !== null && death >= start &&
    (after === "count" || beforeNextLine(death)) &&
    (progression === null || death < progression);
  if (progression !== null || deathCounts) {
    const byDeath = deathCounts;
    const end = byDeath ? death! : progression!;
    return event(start, end, byDeath ? "DEATH" : progressionDescription(response));
  }
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
  // (adequate) assessment before the new therapy. Otherwise the next line's start caps the date.
  const before = (dates: readonly string[]) =>
    plan.eventsAfterNextLine !== "censor"
      ? dates
      : dates.filter((d) => nextLineStart === null || d <= nextLineStart);
  const adequate = plan.censorAt === "last_adequate_assessment";
  const dates = before(adequate ? response.adequateAssessmentDates : response.assessmentDates);
  const lastAssessment = dates.at(-1);
  if (lastAssessment !== undefined) {
    return [
      lastAssessment,
      adequate ? "LAST ADEQUATE TUMOUR ASSESSMENT" : "LAST TUMOUR ASSESSMENT",
    ];
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
