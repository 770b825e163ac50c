/**
 * The distinct times of a sample, ascending, with the number of events and of censorings at each:
 * all the Kaplan–Meier estimator needs from the subjects. Two ways to get there, same answer:
 *
 * - Whole-number times over a short range (follow-up in days: a few thousand distinct values for a
 *   million subjects) are counted into one bucket per value, a counting sort that is linear in the
 *   subjects and needs no comparison at all.
 * - Any other times are sorted as a Float64Array (a numeric sort in native code), and the event
 *   times separately, then both are walked together.
 *
 * Times are compared exactly, as before: R's `aeqSurv` merging of near-equal times is the caller's
 * business (`kaplan_meier.ts`). A time of -0 is counted as 0.
 *
 * @module
 */

/** Distinct times, ascending, and the events and censorings at each. */
export interface TimeTally {
  times: Float64Array;
  events: Int32Array;
  censored: Int32Array;
}

/** Buckets allowed per subject (plus a floor) before the counting sort gives way to sorting. */
const BUCKETS_PER_SUBJECT = 4;
const MIN_BUCKETS = 65_536;

/**
 * Tallies checked columns: `times` finite and non-negative, `events` 0 or 1, of equal length.
 * `whole` says that every time is a whole number, and `max` is the largest time.
 */
export function tallyTimes(
  times: ArrayLike<number>,
  events: ArrayLike<number>,
  facts: { whole: boolean; min: number; max: number },
): TimeTally {
  const n = times.length;
  const range = facts.max - facts.min + 1;
  if (n > 0 && facts.whole && range <= Math.max(MIN_BUCKETS, BUCKETS_PER_SUBJECT * n)) {
    return countWholeTimes(times, events, facts.min, range);
  }
  return sortTimes(times, events);
}

function countWholeTimes(
  times: ArrayLike<number>,
  events: ArrayLike<number>,
  min: number,
  range: number,
): TimeTally {
  const eventCounts = new Int32Array(range);
  const censorCounts = new Int32Array(range);
  for (let i = 0; i < times.length; i++) {
    if (events[i] === 1) eventCounts[times[i]! - min]!++;
    else censorCounts[times[i]! - min]!++;
  }
  let distinct = 0;
  for (let k = 0; k < range; k++) if (eventCounts[k]! + censorCounts[k]! > 0) distinct++;
  const tally = {
    times: new Float64Array(distinct),
    events: new Int32Array(distinct),
    censored: new Int32Array(distinct),
  };
  for (let k = 0, j = 0; k < range; k++) {
    if (eventCounts[k]! + censorCounts[k]! === 0) continue;
    tally.times[j] = min + k;
    tally.events[j] = eventCounts[k]!;
    tally.censored[j] = censorCounts[k]!;
    j++;
  }
  return tally;
}

function sortTimes(times: ArrayLike<number>, events: ArrayLike<number>): TimeTally {
  const all = Float64Array.from(times).sort();
  let eventCount = 0;
  for (let i = 0; i < events.length; i++) eventCount += events[i]!;
  const eventTimes = new Float64Array(eventCount);
  for (let i = 0, e = 0; i < times.length; i++) if (events[i] === 1) eventTimes[e++] = times[i]!;
  eventTimes.sort();
  const distinctTimes: number[] = [];
  const eventTally: number[] = [];
  const censorTally: number[] = [];
  for (let i = 0, e = 0; i < all.length;) {
    // -0 sorts before 0 but equals it: the group takes the value 0.
    const time = all[i]! + 0;
    let count = 0;
    for (; i < all.length && all[i] === time; i++) count++;
    let atTime = 0;
    for (; e < eventTimes.length && eventTimes[e] === time; e++) atTime++;
    distinctTimes.push(time);
    eventTally.push(atTime);
    censorTally.push(count - atTime);
  }
  return {
    times: Float64Array.from(distinctTimes),
    events: Int32Array.from(eventTally),
    censored: Int32Array.from(censorTally),
  };
}
