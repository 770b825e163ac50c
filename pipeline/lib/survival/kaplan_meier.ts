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
 *
 * @module
 */

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
  const sorted = [...records].sort((a, b) => a.time - b.time);
  const steps: KaplanMeierStep[] = [];
  let nRisk = sorted.length;
  let survival = 1;
  let greenwood = 0;
  let events = 0;
  for (let i = 0; i < sorted.length;) {
    const time = sorted[i]!.time;
    let nEvent = 0;
    let nCensor = 0;
    for (; i < sorted.length && sorted[i]!.time === time; i++) {
      if (sorted[i]!.event) nEvent++;
      else nCensor++;
    }
    if (nEvent > 0) {
      survival *= (nRisk - nEvent) / nRisk;
      // d / (n (n - d)) is Infinity when n = d, which makes sigma Infinity once S = 0.
      greenwood += nEvent / (nRisk * (nRisk - nEvent));
    }
    steps.push({ time, nRisk, nEvent, nCensor, survival, sigma: Math.sqrt(greenwood) });
    events += nEvent;
    nRisk -= nEvent + nCensor;
  }
  return { n: records.length, events, steps };
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
