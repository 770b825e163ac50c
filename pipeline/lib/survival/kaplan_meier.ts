/**
 * The Kaplan–Meier estimator with Greenwood's variance, one step per distinct time.
 *
 * Decisions:
 * - Ties: at a time with both events and censorings, the events come first, so a subject censored
 *   at t is still at risk at t (as R's `survfit` and SPSS do).
 * - Times are compared exactly. R's `survfit` first merges times that differ only in the last bits
 *   (`aeqSurv`); this module does not, so callers must pass whole days (or other exactly
 *   representable times). The pipeline counts intervals in whole days and converts to months only
 *   for display, which is how it avoids near-ties such as 30.4375 * k round trips.
 * - Greenwood: sigma = sqrt(sum d / (n (n - d))) is the standard error of log S, as R's
 *   `std.err`; it is Infinity once S = 0 (the last n subjects at risk all have the event).
 * - Times must be finite and non-negative: a negative duration means a start after an end
 *   upstream, which is a data error, not a survival time.
 * - Speed: the fit reads two columns (`fitKaplanMeierColumns`: times and 0/1 events in typed
 *   arrays); the record form copies its records into them. Whole-day times are tallied by a
 *   counting sort, linear in the subjects (`_tally_times.ts`), so a million subjects fit in a few
 *   milliseconds; the steps are then computed in time order exactly as before, so every value is
 *   the same to the last bit whichever way the times were tallied.
 *
 * @module
 */

import { tallyTimes } from "./_tally_times.ts";

/** One subject: follow-up time and whether it ended in the event (false: censored). */
export interface SurvivalRecord {
  time: number;
  event: boolean;
}

/** The curve at one distinct time, events and censorings both counted. */
export interface KaplanMeierStep {
  time: number;
  /** Subjects at risk just before `time`. */
  nRisk: number;
  nEvent: number;
  nCensor: number;
  /** S(t) just after `time`. */
  survival: number;
  /** Greenwood standard error of log S: sqrt(sum d / (n (n - d))); Infinity once S = 0. */
  sigma: number;
}

/** A fitted curve: one step per distinct time, ascending. */
export interface KaplanMeierFit {
  n: number;
  events: number;
  steps: KaplanMeierStep[];
}

/**
 * Fit the Kaplan–Meier curve. The result does not depend on the order of `records`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fitKaplanMeier } from "./kaplan_meier.ts";
 * const fit = fitKaplanMeier([{ time: 1, event: true }, { time: 2, event: false }]);
 * assert.deepEqual(fit.steps.map((s) => s.survival), [0.5, 0.5]);
 * ```
 */
export function fitKaplanMeier(records: readonly SurvivalRecord[]): KaplanMeierFit {
  checkSurvivalRecords(records);
  const times = new Float64Array(records.length);
  const events = new Uint8Array(records.length);
  for (let i = 0; i < records.length; i++) {
    times[i] = records[i]!.time;
    events[i] = records[i]!.event ? 1 : 0;
  }
  return fitKaplanMeierColumns(times, events);
}

/**
 * Fit the Kaplan–Meier curve from columns: subject i has follow-up `times[i]` and `events[i]` (1:
 * the event, 0: censored). Same result as {@linkcode fitKaplanMeier} on the same subjects, without
 * an object per subject.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fitKaplanMeierColumns } from "./kaplan_meier.ts";
 * const fit = fitKaplanMeierColumns(new Float64Array([1, 2]), new Uint8Array([1, 0]));
 * assert.deepEqual(fit.steps.map((s) => s.survival), [0.5, 0.5]);
 * ```
 */
export function fitKaplanMeierColumns(
  times: ArrayLike<number>,
  events: ArrayLike<number>,
): KaplanMeierFit {
  const tally = tallyTimes(times, events, checkColumns(times, events));
  const steps: KaplanMeierStep[] = [];
  let nRisk = times.length;
  let survival = 1;
  let greenwood = 0;
  let eventTotal = 0;
  for (let j = 0; j < tally.times.length; j++) {
    const nEvent = tally.events[j]!;
    const nCensor = tally.censored[j]!;
    if (nEvent > 0) {
      survival *= (nRisk - nEvent) / nRisk;
      // d / (n (n - d)) is Infinity when n = d, which makes sigma Infinity once S = 0.
      greenwood += nEvent / (nRisk * (nRisk - nEvent));
    }
    steps.push({
      time: tally.times[j]!,
      nRisk,
      nEvent,
      nCensor,
      survival,
      sigma: Math.sqrt(greenwood),
    });
    eventTotal += nEvent;
    nRisk -= nEvent + nCensor;
  }
  return { n: times.length, events: eventTotal, steps };
}

/**
 * The curve at any `time`: S and sigma of the last step at or before `time` (S = 1, sigma = 0
 * before the first step), and the number at risk at `time`, that is with follow-up >= `time` (as
 * R's `summary(fit, times = )` reports it; 0 after the last step).
 */
export function survivalAt(
  fit: KaplanMeierFit,
  time: number,
): { survival: number; sigma: number; nRisk: number } {
  if (!Number.isFinite(time)) throw new RangeError(`Expected a finite time but found ${time}`);
  const index = lastStepAtOrBefore(fit.steps, time);
  const step = index >= 0 ? fit.steps[index]! : undefined;
  const next = step?.time === time ? step : fit.steps[index + 1];
  return {
    survival: step?.survival ?? 1,
    sigma: step?.sigma ?? 0,
    nRisk: next?.nRisk ?? 0,
  };
}

/** Index of the last step with step.time <= time, or -1 (binary search: steps are ascending). */
export function lastStepAtOrBefore(steps: readonly KaplanMeierStep[], time: number): number {
  let low = 0;
  let high = steps.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (steps[middle]!.time <= time) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/**
 * Throws unless the columns have one entry per subject, every time finite and non-negative and
 * every event 0 or 1; returns whether every time is a whole number, and the range of the times.
 */
function checkColumns(
  times: ArrayLike<number>,
  events: ArrayLike<number>,
): { whole: boolean; min: number; max: number } {
  if (times.length !== events.length) {
    throw new RangeError(
      `Expected as many events as times but found ${events.length} events and ${times.length} times`,
    );
  }
  let whole = true;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < times.length; i++) {
    const time = times[i]!;
    if (!(Number.isFinite(time) && time >= 0)) {
      throw new RangeError(
        `Expected subject ${i} to have a finite, non-negative time but found ${time}`,
      );
    }
    if (events[i] !== 0 && events[i] !== 1) {
      throw new RangeError(
        `Expected subject ${i} to have an event of 0 or 1 but found ${events[i]}`,
      );
    }
    if (whole && !Number.isInteger(time)) whole = false;
    if (time < min) min = time;
    if (time > max) max = time;
  }
  return { whole, min, max };
}

/** Throws unless every record has a finite, non-negative time and a boolean event. */
export function checkSurvivalRecords(records: readonly SurvivalRecord[]): void {
  records.forEach(checkRecord);
}

function checkRecord(record: SurvivalRecord, index: number): void {
  if (!(Number.isFinite(record.time) && record.time >= 0)) {
    throw new RangeError(
      `Expected record ${index} to have a finite, non-negative time but found ${record.time}`,
    );
  }
  if (typeof record.event !== "boolean") {
    throw new TypeError(
      `Expected record ${index} to have a boolean event but found ${String(record.event)}`,
    );
  }
}
