/**
 * The time-point responses a line is designed to have, from its assessment schedule and the
 * response chosen for it: SD (or the response) at each assessment before progression, then PD.
 * A response seen on three or more assessments starts as SD, as tumours shrink gradually.
 *
 * @module
 */

import type { LinePlan } from "./course.ts";
import type { Response } from "./model.ts";

/** Time points of a line: SD (or the response) at each assessment before progression, then PD. */
export function designTimepoints(plan: LinePlan, response: "CR" | "PR" | undefined): Response[] {
  const before = plan.assessments.length - (plan.progression === null ? 0 : 1);
  const points: Response[] = Array.from({ length: before }, (_, i) => {
    if (response === undefined) return "SD";
    if (before >= 3 && i === 0) return "SD";
    return response === "CR" && i === before - 1 && before >= 2 ? "CR" : "PR";
  });
  return plan.progression === null ? points : [...points, "PD"];
}

/** Whether a line can be a response: an assessment before any progression. */
export function canRespond(plan: LinePlan): boolean {
  return plan.timepoints === undefined &&
    plan.assessments.length - (plan.progression === null ? 0 : 1) >= 1;
}
