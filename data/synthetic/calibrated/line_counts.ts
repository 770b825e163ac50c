/**
 * The calibrated cohort's patients as survival entries: each designed overall-survival time gets
 * an outcome (dead, alive at the cut-off, or lost to follow-up) and a number of lines for advanced
 * disease. Longer survivors get more lines (the counts of `LINE_COUNTS` are dealt out in order of
 * survival, then shuffled a little between neighbours whose survival allows it). Two entries are
 * pinned to the ends of the study window.
 *
 * @module
 */

import type { DesignedTime } from "../survival_design.ts";
import type { Random } from "../random.ts";
import { LATEST_START_INDEX, LINE_COUNTS } from "./design.ts";

/** One patient of the calibrated cohort, before a profile is drawn. */
export interface Entry {
  id: number;
  osDays: number;
  outcome: "dead" | "alive" | "lost";
  lineCount: number;
  /** Starts the study's earliest line (June 1985) or its latest (May 2021). */
  pinned?: "earliest" | "latest";
}

/** Days a course of `lines` lines needs at least (first gap, 75 days a line, a last month). */
export function daysNeeded(lines: number): number {
  return 42 + (lines - 1) * 75 + 60;
}

/** Entries for the designed times, in design order. */
export function assignLineCounts(times: readonly DesignedTime[], random: Random): Entry[] {
  const entries: Entry[] = times.map((time, id) => ({
    id,
    osDays: time.days,
    outcome: time.event
      ? "dead"
      : id === LATEST_START_INDEX
      ? "alive"
      : time.days < 150 || random.chance(0.2)
      ? "lost"
      : "alive",
    lineCount: 1,
    pinned: id === LATEST_START_INDEX ? "latest" : undefined,
  }));
  const counts = Object.entries(LINE_COUNTS).flatMap(([lines, n]) =>
    Array<number>(n).fill(Number(lines))
  );
  if (counts.length !== entries.length) {
    throw new RangeError(
      `Expected line counts for ${entries.length} patients but found ${counts.length}`,
    );
  }
  const bySurvival = [...entries].sort((a, b) => b.osDays - a.osDays);
  counts.sort((a, b) => b - a).forEach((lines, i) => bySurvival[i]!.lineCount = lines);
  for (let swap = 0; swap < 80; swap++) {
    const i = random.int(0, bySurvival.length - 1);
    const j = Math.min(bySurvival.length - 1, i + random.int(1, 8));
    const [a, b] = [bySurvival[i]!, bySurvival[j]!];
    if (a.pinned || b.pinned) continue;
    if (a.osDays >= daysNeeded(b.lineCount) && b.osDays >= daysNeeded(a.lineCount)) {
      [a.lineCount, b.lineCount] = [b.lineCount, a.lineCount];
    }
  }
  const earliest = random.pick(
    entries.filter((e) =>
      e.outcome === "dead" && e.lineCount === 1 && e.osDays >= 150 && e.osDays <= 900
    ),
  );
  earliest.pinned = "earliest";
  return entries;
}
