/**
 * The documented disagreement of the calibrated cohort: one line whose measurements show a 24%
 * shrinkage at best (stable disease) and whose site reports a partial response. It is a line that
 * could respond but was not chosen to, not a designed sunitinib line and not the referred
 * patient's (whose lines two sites report).
 *
 * @module
 */

import { canRespond } from "../line_timepoints.ts";
import type { PatientDraft } from "../patient.ts";
import type { Random } from "../random.ts";
import type { ResponderMap } from "../responders.ts";

/** Sites that report both measurements and a best response, in order of preference. */
const DISAGREEING_SITES = ["S01", "S02", "S04"];

/**
 * A line that stays stable after a 24% shrinkage (reported as PR): at S01, or failing that at
 * another site that reports both measurements and a best response.
 */
export function disagreeingLine(
  drafts: readonly PatientDraft[],
  responders: ResponderMap,
  fixed: ReadonlyMap<number, unknown>,
  referral: number,
  random: Random,
): { key: string; index: number } {
  for (const site of DISAGREEING_SITES) {
    const options = drafts.flatMap((draft, id) =>
      draft.profile.site !== site || fixed.has(id) || id === referral
        ? []
        : draft.lines.flatMap((line, index) =>
          !responders.get(draft.profile.key)!.has(index) && canRespond(line)
            ? [{ key: draft.profile.key, index }]
            : []
        )
    );
    if (options.length > 0) return random.pick(options);
  }
  throw new RangeError(
    `No line at ${DISAGREEING_SITES.join(", ")} can carry the documented disagreement`,
  );
}
