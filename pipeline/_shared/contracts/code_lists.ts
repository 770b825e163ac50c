/**
 * Code lists of the common data model in the order tables and text print them (the codebook's
 * values, `data/codebook.md`), and the line groups of Table 3.
 *
 * @module
 */

/** Codes of each categorical variable, in print order. */
export const CATEGORIES = {
  sex: ["F", "M"],
  stage: ["localised", "locally_advanced", "metastatic"],
  primarySite: ["aponeurosis", "limb", "trunk", "head_neck", "visceral_gi", "other"],
  fusion: ["EWSR1-ATF1", "EWSR1-CREB1", "EWSR1-rearranged"],
  lineGroups: ["1", "2", "3", "4+"],
} as const;

/** The line group of Table 3: lines 1, 2 and 3, then "4+". */
export function lineGroup(line: number): string {
  return line >= 4 ? "4+" : String(line);
}

/** Best overall responses, best first. */
export const RESPONSES = ["CR", "PR", "SD", "PD", "NE"] as const;

/**
 * The baseline factors overall survival is compared by (Table 5, the forest plot), each with its
 * levels in order, the first the reference. The age groups split at the plan's
 * `comparativeSurvival.ageCutoffYears`; primary sites are grouped into the limbs (aponeurosis and
 * other limb sites, where clear cell sarcoma usually arises) and every other site, as the six
 * sites alone leave groups of six or seven patients.
 */
export const COMPARATIVE_FACTORS = [
  { key: "metastatic_at_diagnosis", levels: ["no", "yes"] },
  { key: "primary_site_group", levels: ["limb", "other"] },
  { key: "fusion", levels: ["EWSR1-ATF1", "EWSR1-CREB1", "EWSR1-rearranged"] },
  { key: "sex", levels: ["F", "M"] },
  { key: "age_group", levels: ["below_cutoff", "cutoff_or_above"] },
] as const;

/** The primary-site group of `primarySite`, or "" when it is missing. */
export function primarySiteGroup(primarySite: string): string {
  if (primarySite === "") return "";
  return primarySite === "aponeurosis" || primarySite === "limb" ? "limb" : "other";
}
