/**
 * A patient's course of treatment for advanced disease, in days from the date advanced disease was
 * diagnosed: when each line starts, when it is assessed, when it progresses and stops. The course
 * fills the patient's overall survival time exactly, so that survival can be designed first and
 * the treatment history made to fit it.
 *
 * Rules: the first line starts `firstGap` days after the advanced diagnosis; a line other than
 * the last progresses 14 to 35 days before the next starts; assessments come every 2 to 3 months,
 * the first at least 6 weeks after the start unless it shows early progression; the last line
 * progresses before death in most patients, or is still going at the last contact of the living.
 *
 * @module
 */

import type { ReasonStopped, Response } from "./model.ts";
import type { Random } from "./random.ts";
import { scheduleTo, scheduleUntil } from "./schedule.ts";

/** One line of a course; days are counted from the line's start unless said otherwise. */
export interface LinePlan {
  /** Days from the advanced diagnosis to the start. */
  start: number;
  /** Assessments after the start, ascending. */
  assessments: number[];
  /** Progression: the last assessment when there is one; null without progression. */
  progression: number | null;
  /** End of treatment; null while ongoing. */
  stop: number | null;
  reason: ReasonStopped;
  /** Time-point responses fixed by a design, one per assessment. */
  timepoints?: Response[];
}

/** A fixed line: its plan relative to its own start, and when the next line starts. */
export interface FixedLine {
  index: number;
  plan: Omit<LinePlan, "start">;
  /** Days from this line's start to the next line's start (needed unless it is the last). */
  nextStart?: number;
}

/** What a course must fit. */
export interface CoursePlan {
  /** Days from the advanced diagnosis to death or last contact. */
  osDays: number;
  outcome: "dead" | "alive" | "lost";
  lineCount: number;
  firstGap: number;
  /** Latest day (from the advanced diagnosis) a line may start. */
  lastStartDay: number;
  fixed?: FixedLine;
}

const MIN_SEGMENT = 75;
const MIN_LAST = 30;

/** The lines of a course that fits `plan`; throws a RangeError when it cannot fit. */
export function planCourse(plan: CoursePlan, random: Random): LinePlan[] {
  const starts = lineStarts(plan, random);
  return starts.map((start, i) => {
    if (plan.fixed?.index === i) return { start, ...plan.fixed.plan };
    const next = starts[i + 1];
    return next === undefined
      ? lastLine(start, plan.osDays - start, plan.outcome, random)
      : progressingLine(start, next - start, random);
  });
}

function lineStarts(plan: CoursePlan, random: Random): number[] {
  const { lineCount: k, fixed } = plan;
  const available = plan.osDays - plan.firstGap;
  const fixedLength = (i: number): number | undefined => {
    if (fixed?.index !== i) return undefined;
    if (i < k - 1) {
      if (fixed.nextStart === undefined) {
        throw new RangeError("A fixed line before the last needs nextStart");
      }
      return fixed.nextStart;
    }
    return undefined;
  };
  const lastMin = fixed?.index === k - 1
    ? Math.max(...fixed.plan.assessments, fixed.plan.stop ?? 0, MIN_LAST) + 21
    : MIN_LAST;
  const segments = Array.from({ length: k - 1 }, (_, i) => fixedLength(i));
  const minimum = segments.reduce<number>((sum, s) => sum + (s ?? MIN_SEGMENT), 0) + lastMin;
  const free = available - minimum;
  if (free < 0) {
    throw new RangeError(
      `Expected at least ${minimum + plan.firstGap} days for ${k} lines but found ${plan.osDays}`,
    );
  }
  const weights = segments.map((s) => s === undefined ? 0.3 - Math.log(1 - random.next()) : 0);
  const lastWeight = 0.5 - Math.log(1 - random.next());
  const total = weights.reduce((a, b) => a + b, 0) + lastWeight;
  let lengths = segments.map((s, i) => s ?? MIN_SEGMENT + Math.floor((free * weights[i]!) / total));
  // Squeeze the free part of the segments when the last line would start too late.
  const lastStart = () => plan.firstGap + lengths.reduce((a, b) => a + b, 0);
  const excess = lastStart() - plan.lastStartDay;
  if (excess > 0) {
    const slack = lengths.reduce(
      (sum, len, i) => sum + (segments[i] === undefined ? len - MIN_SEGMENT : 0),
      0,
    );
    if (slack < excess) {
      throw new RangeError(`Expected the last line to start by day ${plan.lastStartDay}`);
    }
    lengths = lengths.map((len, i) =>
      segments[i] === undefined ? len - Math.ceil(((len - MIN_SEGMENT) * excess) / slack) : len
    );
  }
  const starts = [plan.firstGap];
  for (const len of lengths) starts.push(starts[starts.length - 1]! + len);
  if (plan.osDays - starts[k - 1]! < lastMin) {
    throw new RangeError("Expected room for the last line");
  }
  return starts;
}

/** A line that progresses and is followed by another after `length` days. */
function progressingLine(start: number, length: number, random: Random): LinePlan {
  return progressedLine(start, Math.max(40, length - random.int(14, 35)), random);
}

/** A line stopped at its progression on day `progression`, assessed up to it. */
function progressedLine(start: number, progression: number, random: Random): LinePlan {
  return {
    start,
    assessments: scheduleTo(progression, random),
    progression,
    stop: progression,
    reason: "progression",
  };
}

/** The last line: `remaining` days until death or last contact. */
function lastLine(
  start: number,
  remaining: number,
  outcome: CoursePlan["outcome"],
  random: Random,
): LinePlan {
  const progresses = outcome === "dead"
    ? remaining >= 60 && random.chance(0.85)
    : random.chance(0.3);
  if (progresses && remaining >= 60) {
    const progression = Math.min(
      remaining - 14,
      Math.max(40, Math.round(remaining * random.uniform(0.4, 0.8))),
    );
    return progressedLine(start, progression, random);
  }
  if (outcome === "dead") {
    const assessments = scheduleUntil(remaining - 21, random);
    return {
      start,
      assessments,
      progression: null,
      stop: Math.max(1, remaining - random.int(3, 14)),
      reason: "death",
    };
  }
  return {
    start,
    assessments: scheduleUntil(remaining - random.int(0, 30), random),
    progression: null,
    stop: null,
    reason: "ongoing",
  };
}
