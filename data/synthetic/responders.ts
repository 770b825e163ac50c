/**
 * Which lines respond. Only a line with an assessment before any progression can; designed lines
 * (sunitinib in the calibrated cohort) keep their designed responses. In the calibrated cohort each
 * regimen gets a quota, its response rate times its lines, rounded, and never more than a fifth of
 * its lines, so that no regimen comes near sunitinib's 30%; in an uncalibrated cohort each line
 * responds by chance. Longer lines are likelier to be the responses, and one response in the
 * calibrated cohort (one in ten in others) is complete.
 *
 * @module
 */

import { canRespond } from "./line_timepoints.ts";
import type { PatientDraft } from "./patient.ts";
import { REGIMENS } from "./regimens.ts";
import type { Random } from "./random.ts";

/** Patient key -> line index -> response. */
export type ResponderMap = Map<string, Map<number, "CR" | "PR">>;

/** The responses of `drafts`; `quota` shares them out per regimen (calibrated cohort). */
export function chooseResponders(
  drafts: readonly PatientDraft[],
  random: Random,
  quota: boolean,
): ResponderMap {
  const result: ResponderMap = new Map(drafts.map((d) => [d.profile.key, new Map()]));
  const byRegimen = new Map<string, { key: string; index: number; length: number }[]>();
  const counts = new Map<string, number>();
  for (const draft of drafts) {
    draft.lines.forEach((line, index) => {
      counts.set(line.regimen, (counts.get(line.regimen) ?? 0) + 1);
      if (!canRespond(line)) return;
      const entry = {
        key: draft.profile.key,
        index,
        length: line.progression ?? line.assessments.at(-1) ?? 0,
      };
      byRegimen.set(line.regimen, [...(byRegimen.get(line.regimen) ?? []), entry]);
    });
  }
  const chosen: { key: string; index: number }[] = [];
  for (const regimen of [...byRegimen.keys()].sort()) {
    const rate = REGIMENS[regimen]?.response ?? 0;
    const eligible = byRegimen.get(regimen)!;
    if (quota) {
      const lines = counts.get(regimen) ?? 0;
      const wanted = Math.min(eligible.length, Math.round(lines * rate), Math.floor(lines / 5));
      chosen.push(...weightedSample(eligible, wanted, random));
    } else {
      // Eligible lines are a subset of all lines, so each responds a little more often than the rate.
      chosen.push(...eligible.filter(() => random.chance(Math.min(1, rate * 1.3))));
    }
  }
  const complete = quota ? 1 : Math.round(chosen.length / 10);
  random.shuffle(chosen).forEach(({ key, index }, i) =>
    result.get(key)!.set(index, i < complete ? "CR" : "PR")
  );
  return result;
}

/** `n` entries without replacement, with probability proportional to their length. */
function weightedSample<T extends { length: number }>(
  entries: readonly T[],
  n: number,
  random: Random,
): T[] {
  const pool = [...entries];
  const picked: T[] = [];
  while (picked.length < n && pool.length > 0) {
    const item = random.weighted(pool.map((e) => [e, e.length + 30] as const));
    picked.push(item);
    pool.splice(pool.indexOf(item), 1);
  }
  return picked;
}
