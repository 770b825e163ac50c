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
