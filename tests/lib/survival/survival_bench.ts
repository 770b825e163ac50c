/**
 * Timing of the survival core: fitKaplanMeier (from records) and fitKaplanMeierColumns (from typed
 * columns), alone and with the four medians, and the reverse-KM median follow-up, on 50, 5,000 and
 * 1,000,000 seeded subjects in whole days up to 10 years (the counting sort), and on 1,000,000 in
 * eighths of a day (distinct times: the numeric sort).
 *
 *   TZ=UTC deno bench --no-prompt tests/lib/survival/survival_bench.ts
 *
 * The comparison with R's survfit on the same subjects is `deno task bench:km-vs-r`.
 *
 * @module
 */

import {
  fitKaplanMeier,
  fitKaplanMeierColumns,
  type SurvivalRecord,
} from "../../../pipeline/lib/survival/kaplan_meier.ts";
import { medianFromBand } from "../../../pipeline/lib/survival/median_band.ts";
import { medianSpss } from "../../../pipeline/lib/survival/median_spss.ts";
import { medianFollowUp } from "../../../pipeline/lib/survival/reverse_kaplan_meier.ts";
import { randomRecords, seededRandom } from "../_seeded_random.ts";

const cases: [string, SurvivalRecord[]][] = [
  ...[50, 5_000, 1_000_000].map((n): [string, SurvivalRecord[]] => [
    `${n} records in days`,
    randomRecords(seededRandom(n), n, { maxDays: 3650 }),
  ]),
  [
    "1000000 records in eighths of a day",
    randomRecords(seededRandom(8), 1_000_000, { maxDays: 3650 * 8 }).map((r) => ({
      ...r,
      time: r.time / 8,
    })),
  ],
];

for (const [name, records] of cases) {
  const times = Float64Array.from(records, (r) => r.time);
  const events = Uint8Array.from(records, (r) => (r.event ? 1 : 0));
  const group = name;
  Deno.bench(`fitKaplanMeier + four medians, ${name}`, { group }, () => {
    const fit = fitKaplanMeier(records);
    medianSpss(fit);
    medianFromBand(fit, "log");
    medianFromBand(fit, "loglog");
    medianFromBand(fit, "plain");
  });
  Deno.bench(`fitKaplanMeier alone, ${name}`, { group }, () => {
    fitKaplanMeier(records);
  });
  Deno.bench(`fitKaplanMeierColumns alone, ${name}`, { group, baseline: true }, () => {
    fitKaplanMeierColumns(times, events);
  });
  Deno.bench(`medianFollowUp, ${name}`, { group }, () => {
    medianFollowUp(records);
  });
}
