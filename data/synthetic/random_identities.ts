/**
 * Birth dates that keep every patient of an uncalibrated cohort distinguishable. The pipeline
 * matches patients referred between sites by birth date, sex and diagnosis date (as registries
 * without a shared identifier do), so two different patients at two sites who happen to share all
 * three are taken for one person, whose dates then contradict each other (events after the "same"
 * patient's death). Drawn freely, that happens about 9 times in 10^5 patients and hundreds of times
 * in 10^6. A synthetic cohort is meant to hold only the referral it plants, so the plan chooses
 * each patient's birth date here, once, in the single-threaded planning phase: site workers then
 * need nothing from each other.
 *
 * A patient's birth date is the anniversary of the diagnosis `age` years earlier, moved back by an
 * offset of 0 to 359 days (`patient_history.ts`). For each patient, in site and case order, the
 * offset is drawn from the plan's stream `birth-offsets` and, while the identity it gives is
 * already taken (by an earlier patient or a planted exclusion), moved on by a day. The sex, age
 * and diagnosis date come from the patient's own stream (`random_profile.ts`), exactly as the
 * site's worker will draw them.
 *
 * @module
 */

import { addDays, dayNumber } from "./fast_dates.ts";
import { birthDateFor } from "./patient_history.ts";
import { createRandom } from "./random.ts";
import { randomIdentity } from "./random_patient.ts";
import type { Layout } from "./export/layout.ts";

/** Who a patient is to the pipeline's referral matching. */
export interface Identity {
  birthDate: string;
  sex: "M" | "F";
  diagnosisDate: string;
}

/** The sites of a plan as this step needs them. */
export interface IdentitySite {
  site: string;
  layout: Layout;
  patients: number;
}

/**
 * For each site of `sites`, the birth-date offset of each of its patients (in case order), such
 * that no two patients, and no patient and an identity of `reserved`, share birth date, sex and
 * diagnosis date.
 */
export function uniqueBirthOffsets(
  seed: number,
  sites: readonly IdentitySite[],
  reserved: readonly Identity[],
): Int16Array[] {
  const random = createRandom(seed, "birth-offsets");
  const taken = new Set(reserved.map(identityKey));
  return sites.map(({ site, layout, patients }) => {
    const offsets = new Int16Array(patients);
    for (let index = 0; index < patients; index++) {
      const { sex, age, diagnosisDate } = randomIdentity(seed, site, layout, index);
      const anniversary = birthDateFor(diagnosisDate, age, 0);
      const first = random.int(0, 359);
      for (let step = 0;; step++) {
        if (step === 360) {
          throw new RangeError(
            `Expected a free birth date for patient ${index} of ${site} (born ${age} years ` +
              `before ${diagnosisDate}) but all 360 are taken`,
          );
        }
        const offset = (first + step) % 360;
        const key = identityKey({ birthDate: addDays(anniversary, -offset), sex, diagnosisDate });
        if (taken.has(key)) continue;
        taken.add(key);
        offsets[index] = offset;
        break;
      }
    }
    return offsets;
  });
}

/** One number per identity: diagnosis day, sex and birth day. */
function identityKey({ birthDate, sex, diagnosisDate }: Identity): number {
  const span = 1 << 18;
  const diagnosis = dayNumber(diagnosisDate) + span / 2;
  const birth = dayNumber(birthDate) + span / 2;
  return (diagnosis * 2 + (sex === "M" ? 1 : 0)) * span + birth;
}
