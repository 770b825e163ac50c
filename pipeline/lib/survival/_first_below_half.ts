/**
 * The rule R's `print.survfit` and `summary(fit)$table` use to read a median, or a median's
 * confidence limit, off a step curve (`minmin` inside `survival:::survmean`, survival 3.5):
 *
 * 1. Drop points whose value is missing (NaN), then keep those below 0.5 + tol, where
 *    tol = sqrt(machine epsilon) absorbs rounding in products such as 5/6 * 4/5 * 3/4.
 * 2. None kept: NA (null), for instance an upper limit whose band never reaches 0.5.
 * 3. If the first kept value equals 0.5 within tol and a later kept value is lower, the answer
 *    is the midpoint between its time and the time of the first lower value (the curve is flat at
 *    0.5 between them); otherwise it is the first kept time.
 *
 * R's `quantile.survfit` differs in corner cases (a flat 0.5 up to the last time; non-monotone
 * log bands); this module follows `print.survfit`, which is what R users read and report.
 *
 * @module
 */

const TOLERANCE = Math.sqrt(Number.EPSILON);

/** The print.survfit time at which `values` (one per entry of `times`) first reach 0.5. */
export function firstBelowHalf(times: readonly number[], values: readonly number[]): number | null {
  const keptTimes: number[] = [];
  const keptValues: number[] = [];
  values.forEach((value, i) => {
    if (!Number.isNaN(value) && value < 0.5 + TOLERANCE) {
      keptTimes.push(times[i]!);
      keptValues.push(value);
    }
  });
  const first = keptValues[0];
  if (first === undefined) return null;
  if (Math.abs(first - 0.5) < TOLERANCE) {
    const lower = keptValues.findIndex((value) => value < first);
    if (lower >= 0) return (keptTimes[0]! + keptTimes[lower]!) / 2;
  }
  return keptTimes[0]!;
}
