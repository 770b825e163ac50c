/**
 * Colours of the figures: one colour per entity, the same in every figure where the entity
 * appears, and no colour with two meanings.
 *
 * Decisions:
 * - Regimens (the swimmer plot) take the seven coloured hues of the Okabe–Ito palette (Okabe M,
 *   Ito K. Color Universal Design, 2008), which stay distinguishable under the common colour-vision
 *   deficiencies. The cohort has more regimens (17 in the vocabulary) than the palette has hues, so
 *   the seven regimens with the most lines get a hue each, in order of lines (ties by name), and
 *   the others are hatched (dark grey lines on white, dark outline) as "Other regimens": not a
 *   flat grey, which means stable disease, nor a light box with an outline, which means not
 *   evaluable. The map is built once from every line of the cohort and passed to each figure that
 *   colours regimens; a figure that uses the hatch defines it once (`otherRegimensHatch`).
 * - Best overall responses (the waterfall and the response bars) have a palette of their own,
 *   used for nothing else: CR navy, PR light blue, SD mid grey, PD red, NE very light grey with a
 *   grey outline (the outline keeps an NE bar visible on white). Measured by the palette test
 *   (CIEDE2000 between the closest two of the five, Machado et al. 2009 simulations at full
 *   severity): 18.0 with normal vision, 15.7 under protanopia, 18.3 under deuteranopia, 21.8 under
 *   tritanopia; in greyscale their lightness L* is 20, 79, 59, 40 and 95, at least 16 apart
 *   (CIEDE2000 10.0). The Okabe–Ito hues stay at least 10.9 apart under the three dichromacies.
 * - Regimen classes have no colour: figure 2 gives each class a panel of its own.
 * - Neutrals are not entities: survival curves are black, a reference curve (all lines) is light
 *   grey, bands and follow-up lanes lighter still.
 *
 * @module
 */

import type { ResponseCode } from "../../_shared/contracts/cdm.ts";

/** Okabe–Ito hues, black first; yellow last among the colours because it is faint on white. */
export const OKABE_ITO = [
  "#000000",
  "#0072B2",
  "#E69F00",
  "#009E73",
  "#D55E00",
  "#56B4E9",
  "#CC79A7",
  "#F0E442",
] as const;

/** How a bar or segment is painted: its fill, and its outline (`none` for no outline). */
export interface Paint {
  fill: string;
  stroke: string;
}

/** The hatch of regimens without a hue of their own: its id, line colour and spacing (px). */
export const OTHER_REGIMENS_HATCH = { id: "other-regimens-hatch", colour: "#4D4D4D", spacing: 3 };

/** Regimens without a hue of their own: hatched, with a dark outline. */
export const OTHER_REGIMENS_PAINT: Paint = {
  fill: `url(#${OTHER_REGIMENS_HATCH.id})`,
  stroke: OTHER_REGIMENS_HATCH.colour,
};

/** The label of regimens without a colour of their own. */
export const OTHER_REGIMENS = "Other regimens";

/** RECIST best overall responses, best first. */
export const RESPONSE_ORDER = ["CR", "PR", "SD", "PD", "NE"] as const satisfies ResponseCode[];

/** The paint of each best overall response: used for responses and for nothing else. */
export const RESPONSE_PAINT: Readonly<Record<(typeof RESPONSE_ORDER)[number], Paint>> = {
  CR: { fill: "#0B2C6B", stroke: "none" },
  PR: { fill: "#9ECAE9", stroke: "none" },
  SD: { fill: "#8F8F8F", stroke: "none" },
  PD: { fill: "#B71C1C", stroke: "none" },
  NE: { fill: "#F0F0F0", stroke: "#737373" },
};

/** Text on a response's fill: white on the dark fills (CR, PD), black on the others. */
export const RESPONSE_TEXT: Readonly<Record<(typeof RESPONSE_ORDER)[number], string>> = {
  CR: "white",
  PR: "black",
  SD: "black",
  PD: "white",
  NE: "black",
};

/** Neutral colours of marks that are not an entity. */
export const NEUTRAL = {
  /** Survival curves, their censor marks, and text. */
  curve: "#000000",
  /** A reference curve drawn behind a group's (all lines). */
  reference: "#BDBDBD",
  /** Medians' drop lines. */
  median: "#555555",
  /** Confidence bands (drawn with `bandOpacity`). */
  band: "#000000",
  bandOpacity: 0.13,
  /** Follow-up lanes of the swimmer plot. */
  lane: "#CCCCCC",
} as const;

/** How each regimen is painted, and the legend entries in order. */
export interface RegimenPalette {
  /** The paint of `regimen` (hollow when it is one of "Other regimens"). */
  paint(regimen: string): Paint;
  /** Whether `regimen` has a colour of its own. */
  hasOwnColour(regimen: string): boolean;
  /** The regimens with their own colour, in legend order, then "other" when any regimen has none. */
  legend: { regimen: string | null; paint: Paint }[];
}

/** Builds the regimen palette from the regimen of every line of the cohort. */
export function regimenPalette(lineRegimens: readonly string[]): RegimenPalette {
  const counts = new Map<string, number>();
  for (const regimen of lineRegimens) counts.set(regimen, (counts.get(regimen) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || compare(a[0], b[0])).map(([r]) => r);
  const hues = OKABE_ITO.slice(1);
  const own = new Map(
    ranked.slice(0, hues.length).map((regimen, i) => [regimen, { fill: hues[i]!, stroke: "none" }]),
  );
  const legend: RegimenPalette["legend"] = [...own].map(([regimen, paint]) => ({
    regimen,
    paint,
  }));
  if (ranked.length > own.size) legend.push({ regimen: null, paint: OTHER_REGIMENS_PAINT });
  return {
    paint: (regimen) => own.get(regimen) ?? OTHER_REGIMENS_PAINT,
    hasOwnColour: (regimen) => own.has(regimen),
    legend,
  };
}

/** The SVG `<pattern>` of `OTHER_REGIMENS_PAINT`: diagonal lines on white, for a figure's defs. */
export function otherRegimensHatch(document: Document): SVGElement {
  const ns = "http://www.w3.org/2000/svg";
  const { id, colour, spacing } = OTHER_REGIMENS_HATCH;
  const pattern = document.createElementNS(ns, "pattern");
  const set = (node: Element, attributes: Record<string, string | number>) => {
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
    return node;
  };
  set(pattern, {
    id,
    patternUnits: "userSpaceOnUse",
    width: spacing,
    height: spacing,
    patternTransform: "rotate(45)",
  });
  pattern.append(
    set(document.createElementNS(ns, "rect"), { width: spacing, height: spacing, fill: "white" }),
    set(document.createElementNS(ns, "line"), {
      x1: 0,
      y1: 0,
      x2: 0,
      y2: spacing,
      stroke: colour,
      "stroke-width": 1,
    }),
  );
  return pattern as SVGElement;
}

/** Code-point order, independent of the locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
