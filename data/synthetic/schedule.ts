/**
 * When a line is assessed: every 2 to 3 months, as imaging is scheduled in practice, either up to
 * the assessment that shows progression or up to the end of follow-up. Days count from the line's
 * start.
 *
 * @module
 */

import type { Random } from "./random.ts";

/**
 * Assessments at most 3 months apart ending with the one that shows progression on `day`. The
 * ones before it are at least 46 days after the start, so an SD there counts (42 days).
 */
export function scheduleTo(day: number, random: Random): number[] {
  const count = Math.ceil(day / 91);
  const spacing = day / count;
  // A few days' jitter, where it keeps every gap within 48 to 91 days.
  const jitter = () => spacing >= 56 && spacing <= 83 ? random.int(-4, 4) : 0;
  const days = Array.from(
    { length: count - 1 },
    (_, i) => Math.round(spacing * (i + 1)) + jitter(),
  );
  return [...days, day];
}

/** Assessments every 2 to 3 months, the first 7 to 10 weeks after the start, up to `last`. */
export function scheduleUntil(last: number, random: Random): number[] {
  const days: number[] = [];
  for (let day = random.int(49, 70); day <= last; day += random.int(56, 91)) days.push(day);
  return days;
}
