/**
 * Each patient's course as the swimmer and waterfall plots draw it, joined from the three
 * analysis datasets: the dates of the swimmer plot (advanced diagnosis, last contact, death; each
 * line's start, its PFS end and its first response) and each line's best percentage change.
 * Drawing data only: every number a figure prints is read from `stats.json`.
 *
 * @module
 */

import type {
  AdslRecord,
  AdtteRecord,
  BestResponseRecord,
} from "../_shared/contracts/adam_records.ts";
import type { ResponseCode } from "../_shared/contracts/cdm.ts";
import { PipelineError } from "../_shared/stage.ts";

/** One line of therapy. */
export interface LineCourse {
  line: number;
  regimen: string;
  regimenClass: string;
  startDate: string;
  /** PFS: end date (event or censoring), event flag and ADTTE's description. */
  pfs: { endDate: string; event: boolean; description: string };
  /** Headline best overall response, the first date it was met, and the best % change. */
  best: { response: ResponseCode; date: string | null; percentChange: number | null };
}

/** One patient. */
export interface PatientCourse {
  usubjid: string;
  advancedDate: string;
  lastAliveDate: string;
  deathDate: string | null;
  lines: LineCourse[];
}

/** Joins the analysis datasets' records into patient courses, in ADSL order. */
export function patientCourses(
  adsl: readonly AdslRecord[],
  responses: readonly BestResponseRecord[],
  adtte: readonly AdtteRecord[],
): PatientCourse[] {
  const key = (usubjid: string, line: number | null) => `${usubjid}#${line}`;
  const best = new Map(responses.map((r) => [key(r.usubjid, r.line), r]));
  const lines = new Map<string, LineCourse[]>();
  for (const r of adtte) {
    if (r.paramcd !== "PFS") continue;
    const response = best.get(key(r.usubjid, r.line));
    if (response === undefined || r.line === null) {
      throw new PipelineError(
        `adtte.csv: ${r.usubjid} line ${r.line} has no headline best response (ANL01FL = Y) in ` +
          "adrs.csv; the datasets come from different runs: rerun `deno task all --from derive`",
      );
    }
    const course: LineCourse = {
      line: r.line,
      regimen: response.regimen,
      regimenClass: response.regimenClass,
      startDate: r.startDate,
      pfs: { endDate: r.endDate, event: r.event, description: r.description },
      best: {
        response: response.response,
        date: response.date,
        percentChange: response.percentChange,
      },
    };
    lines.set(r.usubjid, [...(lines.get(r.usubjid) ?? []), course]);
  }
  return adsl.map((p) => ({
    usubjid: p.usubjid,
    advancedDate: p.advancedDate,
    lastAliveDate: p.lastAliveDate,
    deathDate: p.deathDate,
    lines: (lines.get(p.usubjid) ?? []).toSorted((a, b) => a.line - b.line),
  }));
}
