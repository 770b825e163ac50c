/**
 * Colours of the figures: the Okabe–Ito palette (Okabe M, Ito K. Color Universal Design, 2008),
 * which stays distinguishable under the common colour-vision deficiencies.
 *
 * Decisions:
 * - Regimens: the cohort has more regimens (17 in the vocabulary) than a colour-blind-safe palette
 *   has colours (8, one of them black, kept for marks). The seven regimens with the most lines get
 *   the seven coloured Okabe–Ito hues, in order of lines (ties by name); the others share one
 *   grey, labelled "Other regimens". The map is built once from every line of the cohort and
 *   passed to each figure, so a regimen has the same colour in every figure.
 * - Regimen classes (the PFS figure) take the same hues in order of class size, starting with
 *   black; they are a different key from regimens, so each figure's legend names its own.
 * - Responses use a fixed order: deep blue for CR through vermillion for PD, grey for NE.
 *
 * @module
 */

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

/** Grey for "other" categories and for time without treatment. */
export const GREY = "#999999";

/** Colours of RECIST best overall responses. */
export const RESPONSE_COLOURS: Readonly<Record<string, string>> = {
  CR: "#0072B2",
  PR: "#56B4E9",
  SD: "#F0E442",
  PD: "#D55E00",
  NE: "#BBBBBB",
};

/** The label of regimens without a colour of their own. */
export const OTHER_REGIMENS = "Other regimens";

/** How each regimen is coloured, and the legend entries in order. */
export interface RegimenPalette {
  /** The colour of `regimen` (grey when it shares "Other regimens"). */
  colour(regimen: string): string;
  /** Whether `regimen` has a colour of its own. */
  hasOwnColour(regimen: string): boolean;
  /** The regimens with their own colour, in legend order, then "other" when any regimen has none. */
  legend: { regimen: string | null; colour: string }[];
}

/** Builds the regimen palette from the regimen of every line of the cohort. */
export function regimenPalette(lineRegimens: readonly string[]): RegimenPalette {
  const counts = new Map<string, number>();
  for (const regimen of lineRegimens) counts.set(regimen, (counts.get(regimen) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || compare(a[0], b[0])).map(([r]) => r);
  const hues = OKABE_ITO.slice(1);
  const own = new Map(ranked.slice(0, hues.length).map((regimen, i) => [regimen, hues[i]!]));
  const legend: RegimenPalette["legend"] = [...own].map(([regimen, colour]) => ({
    regimen,
    colour,
  }));
  if (ranked.length > own.size) legend.push({ regimen: null, colour: GREY });
  return {
    colour: (regimen) => own.get(regimen) ?? GREY,
    hasOwnColour: (regimen) => own.has(regimen),
    legend,
  };
}

/** Colours for `n` groups in order (black first); throws past the palette's eight. */
export function groupColours(n: number): string[] {
  if (!Number.isInteger(n) || n < 0 || n > OKABE_ITO.length) {
    throw new RangeError(
      `Expected between 0 and ${OKABE_ITO.length} groups to colour but found ${n}`,
    );
  }
  return OKABE_ITO.slice(0, n);
}

/** Code-point order, independent of the locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
