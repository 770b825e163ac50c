/**
 * Timing of the survival core: fitKaplanMeier plus the four medians on 50, 5,000 and 500,000
 * records in whole days (seeded, so every run times the same data).
 *
 *   TZ=UTC deno bench --no-prompt tests/lib/survival/survival_bench.ts
 *
 * @module
 */

import { fitKaplanMeier } from "../../../pipeline/lib/survival/kaplan_meier.ts";
import { medianFromBand } from "../../../pipeline/lib/survival/median_band.ts";
import { medianSpss } from "../../../pipeline/lib/survival/median_spss.ts";
import { medianFollowUp } from "../../../pipeline/lib/survival/reverse_kaplan_meier.ts";
import { randomRecords, seededRandom } from "../_seeded_random.ts";

for (const n of [50, 5_000, 500_000]) {
  const records = randomRecords(seededRandom(n), n, { maxDays: 3650 });
  Deno.bench(`fitKaplanMeier + four medians, ${n} records`, { group: `n=${n}` }, () => {
    const fit = fitKaplanMeier(records);
    medianSpss(fit);
    medianFromBand(fit, "log");
    medianFromBand(fit, "loglog");
    medianFromBand(fit, "plain");
  });
  Deno.bench(`fitKaplanMeier alone, ${n} records`, { group: `n=${n}` }, () => {
    fitKaplanMeier(records);
  });
  Deno.bench(`medianFollowUp, ${n} records`, { group: `n=${n}` }, () => {
    medianFollowUp(records);
  });
}
