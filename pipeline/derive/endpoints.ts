/**
 * The derive stage's pure core: every endpoint of every patient and line, from the harmonised
 * tables and the analysis plan. The ADaM datasets are views of what this returns.
 *
 * @module
 */

import type { AnalysisPlan } from "../_shared/analysis_plan.ts";
import type {
  AssessmentRow,
  FollowupRow,
  HarmonisedData,
  LineRow,
  PatientRow,
} from "../_shared/contracts/cdm.ts";
import { groupRows } from "../_shared/group_rows.ts";
import { PipelineError } from "../_shared/stage.ts";
import { deriveLineResponse, type LineResponse } from "./line_response.ts";
import type { BestResponse } from "./recist/mod.ts";
import {
  deriveOverallSurvival,
  deriveProgressionFreeSurvival,
  type TimeToEvent,
} from "./time_to_event.ts";

/** Endpoints of one line. */
export interface LineEndpoints {
  line: LineRow;
  /** The line's assessments, in date order (their sources trace the response and PFS). */
  assessments: AssessmentRow[];
  response: LineResponse;
  /** The headline best overall response (confirmed or not, as the plan says). */
  best: BestResponse;
  pfs: TimeToEvent;
}

/** Endpoints of one patient. */
export interface PatientEndpoints {
  patient: PatientRow;
  followup: FollowupRow;
  lines: LineEndpoints[];
  os: TimeToEvent;
}

/** Derives every endpoint; patients in `usubjid` order, lines in line order. */
export function deriveEndpoints(data: HarmonisedData, plan: AnalysisPlan): PatientEndpoints[] {
  const followups = new Map(data.followup.map((f) => [f.usubjid, f]));
  const linesOf = groupRows(data.lines, (l) => l.usubjid);
  const assessmentsOf = groupRows(data.assessments, (a) => a.usubjid);
  return data.patients
    .toSorted((a, b) => a.usubjid < b.usubjid ? -1 : a.usubjid > b.usubjid ? 1 : 0)
    .map((patient) => {
      const followup = followups.get(patient.usubjid);
      const lines = (linesOf.get(patient.usubjid) ?? []).toSorted((a, b) => a.line - b.line);
      const first = lines[0];
      if (!followup || !first) {
        throw new PipelineError(
          `patient ${patient.usubjid} has ${followup ? "no line of therapy" : "no follow-up"} ` +
            "in the harmonised tables: rerun `deno task all --only harmonise` and check its report",
        );
      }
      const assessments = assessmentsOf.get(patient.usubjid) ?? [];
      const endpoints = lines.map((line, i): LineEndpoints => {
        const response = deriveLineResponse(line, assessments, plan.recist);
        const best = plan.recist.confirmation ? response.confirmed : response.unconfirmed;
        const next = lines[i + 1]?.start_date ?? null;
        const pfs = deriveProgressionFreeSurvival(
          line,
          response,
          next,
          followup,
          plan.progressionFreeSurvival,
        );
        const own = assessments.filter((a) => a.line === line.line)
          .toSorted((a, b) => a.assessment_date < b.assessment_date ? -1 : 1);
        return { line, assessments: own, response, best, pfs };
      });
      const os = deriveOverallSurvival(patient, first.start_date, followup, plan.overallSurvival);
      return { patient, followup, lines: endpoints, os };
    });
}
