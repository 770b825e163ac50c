/**
 * Who receives each designed sunitinib line, and as which of their lines. A candidate can take a
 * line at a position when their survival leaves room for it and the other lines (the first gap and
 * 75 days a line); an ongoing response must be the last line of a living patient, and the line
 * stopped for toxicity must be followed by another. The most constrained lines are placed first.
 *
 * @module
 */

import type { FixedLine } from "../course.ts";
import type { Random } from "../random.ts";
import type { SunitinibLine } from "./sunitinib.ts";

/** A patient who could receive a designed line. */
export interface Candidate {
  id: number;
  osDays: number;
  outcome: "dead" | "alive" | "lost";
  lineCount: number;
}

/** Days a course needs besides the fixed line: the first gap and 75 days per other line. */
const OTHER_LINE = 75;
const FIRST_GAP = 42;

/**
 * Which candidate receives each designed line, and at which position: the most constrained
 * lines are placed first; an ongoing response must be the last line of a living patient, and the
 * line stopped for toxicity must be followed by another.
 */
export function placeSunitinib(
  lines: readonly SunitinibLine[],
  candidates: readonly Candidate[],
  random: Random,
): Map<number, FixedLine> {
  const placed = new Map<number, FixedLine>();
  const order = lines.map((_, i) => i).sort((a, b) => need(lines[b]!) - need(lines[a]!));
  for (const i of order) {
    const line = lines[i]!;
    const options = candidates.flatMap((c) =>
      placed.has(c.id) ? [] : positions(line, c).map((index) => [c, index] as const)
    );
    if (options.length === 0) {
      throw new RangeError(`No patient can receive the designed sunitinib line ${i}`);
    }
    const [candidate, index] = random.pick(options);
    placed.set(candidate.id, {
      index,
      plan: line.plan,
      nextStart: Number.isFinite(line.nextStart) ? line.nextStart : undefined,
    });
  }
  return placed;
}

function need(line: SunitinibLine): number {
  return line.kind === "pr-ongoing" ? 1e6 : line.kind === "toxicity" ? 1e5 : line.lastNeeds;
}

function positions(line: SunitinibLine, candidate: Candidate): number[] {
  const others = FIRST_GAP + (candidate.lineCount - 1) * OTHER_LINE + 30;
  const result: number[] = [];
  for (let index = 0; index < candidate.lineCount; index++) {
    const last = index === candidate.lineCount - 1;
    if (line.kind === "pr-ongoing" && (!last || candidate.outcome !== "alive")) continue;
    const needs = last ? line.lastNeeds : line.nextStart;
    if (Number.isFinite(needs) && candidate.osDays >= others + needs) result.push(index);
  }
  return result;
}
