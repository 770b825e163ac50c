/**
 * Display labels of the codebook's code values, as a paper's tables print them. Regimen labels
 * come from `data/vocabulary/regimen-classes.csv` instead, since regimens are data.
 *
 * @module
 */

export const LABELS: Record<string, Record<string, string>> = {
  sex: { F: "Female", M: "Male" },
  stage: {
    localised: "Localised",
    locally_advanced: "Locally advanced",
    metastatic: "Metastatic",
  },
  primarySite: {
    aponeurosis: "Aponeurosis",
    limb: "Limb (non-aponeurosis)",
    trunk: "Trunk",
    head_neck: "Head and neck",
    visceral_gi: "Visceral or gastrointestinal",
    other: "Other",
  },
  fusion: {
    "EWSR1-ATF1": "EWSR1-ATF1",
    "EWSR1-CREB1": "EWSR1-CREB1",
    "EWSR1-rearranged": "EWSR1 rearranged, partner not determined",
  },
  comparativeFactor: {
    metastatic_at_diagnosis: "Metastatic at diagnosis",
    primary_site_group: "Primary site",
    fusion: "Fusion",
    sex: "Sex",
    age_group: "Age at diagnosis",
  },
  metastatic_at_diagnosis: { no: "No", yes: "Yes" },
  primary_site_group: {
    limb: "Limb (aponeurosis or other limb site)",
    other: "Other sites",
  },
  lineGroup: {
    "1": "First line",
    "2": "Second line",
    "3": "Third line",
    "4+": "Fourth line or later",
  },
};

/** The label of `code` in `list`, or the code itself when it has none. */
export function label(list: keyof typeof LABELS, code: string): string {
  return LABELS[list]?.[code] ?? code;
}
