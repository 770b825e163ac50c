/**
 * The study's inclusion criteria, applied to a person (all their sites' records pooled), in order:
 * molecularly confirmed (by any reporting site); at least one line of systemic therapy for
 * locally advanced or metastatic disease; the first such line starting within the therapy window
 * of the analysis plan (June 1985 to May 2021, inclusive). Duplicates are handled before this.
 *
 * Shared by harmonise, which applies the criteria, and ingest, which refuses a raw folder where no
 * patient meets them (an empty cohort has no statistics), so both read the criteria from here.
 *
 * @module
 */

import type { EligibilityReason } from "./contracts/cdm_schema.ts";

/** What the criteria read of a person: every site's patient record, and every line. */
export interface EligibilityInput {
  canonical: { molecular_confirmation?: unknown; fusion?: unknown };
  records: readonly { molecular_confirmation?: unknown }[];
  lines: readonly { setting?: unknown; start_date?: unknown }[];
}

/** The therapy window, as ISO dates, inclusive. */
export interface TherapyWindow {
  from: string;
  to: string;
}

/** Why `person` is excluded (with the value that decided it), or `undefined` when included. */
export function eligibility(
  person: EligibilityInput,
  window: TherapyWindow,
): { reason: EligibilityReason; detail: string } | undefined {
  if (!person.records.some((r) => r.molecular_confirmation === "yes")) {
    return {
      reason: "not_molecularly_confirmed",
      detail: `molecular_confirmation is "${person.canonical.molecular_confirmation}" ` +
        `(fusion "${person.canonical.fusion}"): no EWSR1 rearrangement shown`,
    };
  }
  const starts = person.lines.filter((l) => l.setting === "advanced")
    .map((l) => String(l.start_date)).sort();
  const first = starts[0];
  if (first === undefined) {
    const other = person.lines.length;
    return {
      reason: "no_systemic_therapy_for_advanced_disease",
      detail: `no line with setting "advanced"` +
        (other > 0
          ? ` (${other} perioperative line${other > 1 ? "s" : ""} only)`
          : " (no line reported)"),
    };
  }
  if (first < window.from || first > window.to) {
    return {
      reason: "treated_outside_study_window",
      detail:
        `first line for advanced disease starts ${first}, outside ${window.from} to ${window.to}`,
    };
  }
  return undefined;
}
