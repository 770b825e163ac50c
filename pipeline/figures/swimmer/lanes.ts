/**
 * What the swimmer plot (figure 3) draws, in months since the diagnosis of advanced disease: one
 * lane per patient to death or last contact, longest first (ties by id); one segment per line from
 * its start to the end of its progression-free survival; and the markers: the first CR or PR of a
 * line (ADRS: the date the best response was first met), each progression (ADTTE PFS events
 * described as progression), death, and alive at last contact.
 *
 * @module
 */

import { daysBetween } from "../../_shared/dates.ts";
import type { PatientCourse } from "../courses.ts";
import { compare } from "../_common/palette.ts";

/** A point on a lane. */
export interface LanePoint {
  usubjid: string;
  x: number;
}

/** The lanes, segments and markers of the swimmer plot. */
export interface SwimmerLanes {
  lanes: { usubjid: string; end: number }[];
  segments: { usubjid: string; line: number; regimen: string; x1: number; x2: number }[];
  markers: Record<"response" | "progression" | "death" | "alive", LanePoint[]>;
  /** Lines with a CR or PR but no date for it (a site's reported best response): no marker. */
  undatedResponses: number;
}

const isResponse = (response: string) => response === "CR" || response === "PR";

/** The swimmer plot's content for `courses`. */
export function swimmerLanes(
  courses: readonly PatientCourse[],
  daysPerMonth: number,
): SwimmerLanes {
  const sorted = courses.map((c) => ({
    course: c,
    end: daysBetween(c.advancedDate, c.deathDate ?? c.lastAliveDate) / daysPerMonth,
  })).sort((a, b) => b.end - a.end || compare(a.course.usubjid, b.course.usubjid));
  const at = (c: PatientCourse, date: string): LanePoint => ({
    usubjid: c.usubjid,
    x: daysBetween(c.advancedDate, date) / daysPerMonth,
  });
  const patients = sorted.map((s) => s.course);
  const lines = patients.flatMap((c) => c.lines.map((l) => ({ c, l })));
  return {
    lanes: sorted.map((s) => ({ usubjid: s.course.usubjid, end: s.end })),
    segments: lines.map(({ c, l }) => ({
      usubjid: c.usubjid,
      line: l.line,
      regimen: l.regimen,
      x1: at(c, l.startDate).x,
      x2: at(c, l.pfs.endDate).x,
    })),
    markers: {
      response: lines.filter(({ l }) => isResponse(l.best.response) && l.best.date !== null)
        .map(({ c, l }) => at(c, l.best.date!)),
      progression: lines
        .filter(({ l }) => l.pfs.event && l.pfs.description.startsWith("PROGRESSION"))
        .map(({ c, l }) => at(c, l.pfs.endDate)),
      death: patients.filter((c) => c.deathDate !== null).map((c) => at(c, c.deathDate!)),
      alive: patients.filter((c) => c.deathDate === null).map((c) => at(c, c.lastAliveDate)),
    },
    undatedResponses: lines.filter(({ l }) => isResponse(l.best.response) && l.best.date === null)
      .length,
  };
}
