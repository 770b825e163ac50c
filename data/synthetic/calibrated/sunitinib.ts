/**
 * The ten designed sunitinib lines. The design's times (see
 * `SUNITINIB_DESIGN`) become lines whose assessments put each progression on its designed day:
 * four progressions at the first assessment, two stable diseases that then progress, one line
 * stopped for toxicity without progression, and three partial responses seen on at least two
 * consecutive assessments (the last still on treatment at the last contact).
 *
 * @module
 */

import type { FixedLine } from "../course.ts";
import type { DesignedTime } from "../survival_design.ts";
import type { Response } from "../model.ts";

type Kind = "pd" | "toxicity" | "sd" | "pr" | "pr-ongoing";

/** The kind of each designed line, in the order of `SUNITINIB_DESIGN.pattern`. */
export const SUNITINIB_KINDS: readonly Kind[] = [
  "pd",
  "pd",
  "pd",
  "toxicity",
  "pd",
  "sd",
  "sd",
  "pr",
  "pr",
  "pr-ongoing",
];

/** A designed line, before it is placed in a patient's course. */
export interface SunitinibLine {
  kind: Kind;
  plan: FixedLine["plan"];
  /** Days from the start to the next line's start, when one follows. */
  nextStart: number;
  /** Days the line needs when it is the patient's last. */
  lastNeeds: number;
}

/** The lines of the designed times. */
export function sunitinibLines(times: readonly DesignedTime[]): SunitinibLine[] {
  return times.map((time, i) => {
    const kind = SUNITINIB_KINDS[i];
    if (kind === undefined) {
      throw new RangeError(`Expected ${SUNITINIB_KINDS.length} sunitinib times`);
    }
    return lineOf(kind, time.days);
  });
}

function lineOf(kind: Kind, t: number): SunitinibLine {
  const spaced = (every: number) => {
    const n = Math.max(2, Math.round(t / every));
    return Array.from({ length: n }, (_, i) => Math.round((t * (i + 1)) / n));
  };
  const progressed = (
    assessments: number[],
    timepoints: Response[],
    gap: number,
  ): SunitinibLine => ({
    kind,
    plan: { assessments, timepoints, progression: t, stop: t, reason: "progression" },
    nextStart: t + gap,
    lastNeeds: t + 21,
  });
  switch (kind) {
    case "pd":
      return progressed([t], ["PD"], 21);
    case "sd":
      return progressed([Math.round(t / 2), t], ["SD", "PD"], 24);
    case "pr": {
      const days = spaced(61);
      return progressed(days, [...days.slice(1).map((): Response => "PR"), "PD"], 28);
    }
    case "toxicity":
      // Stopped for toxicity a week after a stable assessment; the next line starts 10 days later.
      return {
        kind,
        plan: {
          assessments: [t],
          timepoints: ["SD"],
          progression: null,
          stop: t + 7,
          reason: "toxicity",
        },
        nextStart: t + 17,
        lastNeeds: Number.POSITIVE_INFINITY,
      };
    case "pr-ongoing": {
      const days = spaced(67);
      return {
        kind,
        plan: {
          assessments: days,
          timepoints: days.map((): Response => "PR"),
          progression: null,
          stop: null,
          reason: "ongoing",
        },
        nextStart: Number.POSITIVE_INFINITY,
        lastNeeds: t + 21,
      };
    }
  }
}
