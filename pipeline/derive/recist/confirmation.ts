/**
 * Confirmation of CR and PR by a later assessment: RECIST 1.1 section 4.6 and Table 3.
 *
 * A time-point is confirmed when a later one, at least `minimumConfirmationDays` after it,
 * shows the same or a better response, with nothing worse in between:
 * - CR is confirmed **as CR** by a later CR with only CR or NE between (Table 3: CR, CR -> CR).
 * - CR or PR is confirmed **as PR** by a later CR or PR with only CR, PR or NE between
 *   (Table 3: PR, PR -> PR; PR, CR -> PR). A CR followed by a PR is taken as a PR at both
 *   time-points, the reading of Table 3's footnote for a CR that a later scan shows was not
 *   complete; the other reading (a true CR, so the PR is a regrowth) would need the lesions, and a
 *   regrowth after a true CR is PD at the time-point level anyway.
 * - An NE between does not break a confirmation (it shows nothing worse); an SD or PD does. The
 *   caller passes the time-points before the first PD only.
 *
 * @module
 */

import { dayNumber } from "../../_shared/dates.ts";
import type { Response } from "./types.ts";

/** For each time-point, the level at which it is confirmed ("CR", "PR") or null. */
export function confirmationLevels(
  timepoints: readonly { date: string; response: Response }[],
  minimumConfirmationDays: number,
): ("CR" | "PR" | null)[] {
  const confirmedBy = (i: number, confirming: readonly Response[]): boolean => {
    const first = dayNumber(timepoints[i]?.date ?? "");
    for (const later of timepoints.slice(i + 1)) {
      if (!confirming.includes(later.response) && later.response !== "NE") return false;
      const days = dayNumber(later.date) - first;
      if (confirming.includes(later.response) && days >= minimumConfirmationDays) return true;
    }
    return false;
  };
  return timepoints.map(({ response }, i) => {
    if (response === "CR" && confirmedBy(i, ["CR"])) return "CR";
    if ((response === "CR" || response === "PR") && confirmedBy(i, ["CR", "PR"])) return "PR";
    return null;
  });
}
