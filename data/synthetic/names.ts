/**
 * Obviously fictitious names for the direct identifiers of the exports. A family name is a word
 * that says "test person" in the site's language, a hyphen and an invented syllable root
 * ("Testperson-Varnek", "Fictif-Bérélac"); given names are invented from syllables. No name is
 * taken from a list of real people.
 *
 * @module
 */

import type { Random } from "./random.ts";
import type { Sex } from "./model.ts";

interface NameStyle {
  marker: string;
  syllables: readonly string[];
  female: readonly string[];
  male: readonly string[];
}

const PLAIN = ["var", "nek", "tol", "mi", "ra", "do", "ven", "ka", "lor", "bri", "sen", "tu"];

/** Name styles by language. The French one uses accented letters (all within Latin-1). */
const STYLES: Readonly<Record<string, NameStyle>> = {
  en: style("Testperson", PLAIN, ["a", "elle", "ine"], ["o", "an", "ick"]),
  fr: style(
    "Fictif",
    ["bé", "ré", "lac", "zè", "mi", "lou", "ço", "nè", "tô", "val", "rï", "gué"],
    ["ette", "ïne", "élie"],
    ["ert", "éo", "ric"],
  ),
  es: style("Ficticio", ["lo", "mar", "ve", "ñu", "ca", "sol", "te", "ri"], ["a", "ina"], [
    "o",
    "el",
  ]),
  de: style("Mustermann", ["kol", "brant", "hei", "ro", "stä", "ling", "ber", "ma"], ["a", "ke"], [
    "o",
    "ert",
  ]),
  it: style("Fittizio", ["lu", "ran", "cio", "ma", "ter", "vi", "gno", "sa"], ["a", "ella"], [
    "o",
    "ino",
  ]),
  no: style("Testesen", ["sol", "bjø", "rn", "ka", "vik", "sta", "ar", "ne"], ["a", "rid"], [
    "e",
    "ar",
  ]),
  nl: style("Testpersoon", ["van", "dij", "ker", "hoe", "ve", "lin", "ga", "bo"], ["a", "je"], [
    "o",
    "ert",
  ]),
};

function style(
  marker: string,
  syllables: readonly string[],
  female: readonly string[],
  male: readonly string[],
): NameStyle {
  return { marker, syllables, female, male };
}

/** A fictitious family and given name in the style of `language`. */
export function fictitiousName(
  language: string,
  sex: Sex,
  random: Random,
): { familyName: string; givenName: string } {
  const nameStyle = STYLES[language] ?? STYLES.en!;
  const root = capitalise(
    random.pick(nameStyle.syllables) + random.pick(nameStyle.syllables) +
      (random.chance(0.5) ? random.pick(PLAIN) : ""),
  );
  const given = capitalise(
    random.pick(nameStyle.syllables) + random.pick(PLAIN) +
      random.pick(sex === "F" ? nameStyle.female : nameStyle.male),
  );
  return { familyName: `${nameStyle.marker}-${root}`, givenName: given };
}

/** The same name as another site spells it: accents dropped and the hyphen written as a space. */
export function respelled(name: string): string {
  return name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace("-", " ");
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
