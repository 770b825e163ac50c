/**
 * Boundary check shared by the binomial intervals: whole-number counts with 0 <= x <= n and
 * n >= 1. A rate of 0/0 has no interval (R's `binom.test(0, 0)` stops), so callers must leave
 * empty groups out rather than ask for one.
 *
 * @module
 */

/** Throws unless `successes` and `trials` are whole numbers with 0 <= successes <= trials, trials >= 1. */
export function checkCounts(successes: number, trials: number): void {
  if (!(Number.isInteger(trials) && trials >= 1)) {
    throw new RangeError(`Expected trials to be an integer of at least 1 but found ${trials}`);
  }
  if (!(Number.isInteger(successes) && successes >= 0 && successes <= trials)) {
    throw new RangeError(
      `Expected successes to be an integer from 0 to ${trials} (the trials) but found ${successes}`,
    );
  }
}
