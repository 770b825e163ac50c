/**
 * The regimens the synthetic sites give for advanced clear cell sarcoma: when each became
 * available, how often it is chosen in first and later lines, how often it shrinks a tumour, and
 * how sites write it. Every text here must be in `data/vocabulary/regimens.csv` (a test checks).
 *
 * Availability follows the drugs' history in soft tissue sarcoma: anthracyclines and dacarbazine
 * throughout; gemcitabine from the late 1990s; trabectedin from 2007; sunitinib used off-label from
 * 2007; pazopanib from 2012; crizotinib with the EORTC CREATE trial from 2012; checkpoint
 * inhibitors from 2015. Response rates are low, as the publication reports for this disease.
 *
 * @module
 */

/** One regimen of the catalogue. */
export interface RegimenInfo {
  /** First calendar year a line with it may start. */
  from: number;
  /** Relative weight as a first line for advanced disease. */
  first: number;
  /** Relative weight as a later line. */
  later: number;
  /** Probability that a line with an assessment before progression is a response (CR or PR). */
  response: number;
  /** An anthracycline: given once per patient. */
  anthracycline: boolean;
}

/** The regimen catalogue, keyed by normalised name. */
export const REGIMENS: Readonly<Record<string, RegimenInfo>> = {
  "doxorubicin": info(1975, 4, 0.6, 0.12, true),
  "doxorubicin-ifosfamide": info(1986, 4, 0.3, 0.18, true),
  "epirubicin-ifosfamide": info(1990, 1.5, 0.2, 0.15, true),
  "ifosfamide": info(1987, 0.3, 2, 0.1),
  "gemcitabine-docetaxel": info(2002, 0.3, 2, 0.1),
  "gemcitabine": info(1998, 0, 0.6, 0.05),
  "trabectedin": info(2007, 0.1, 1.8, 0.08),
  "pazopanib": info(2012, 0.3, 2, 0.08),
  "sunitinib": info(2007, 0.3, 1.2, 0.2),
  "pembrolizumab": info(2015, 0.3, 1.5, 0.15),
  "nivolumab": info(2015, 0.1, 0.7, 0.1),
  "nivolumab-ipilimumab": info(2016, 0.1, 0.7, 0.15),
  "crizotinib": info(2012, 0.5, 1, 0.05),
  "dacarbazine": info(1975, 0.6, 1, 0.05),
  "temozolomide": info(2000, 0.1, 0.8, 0.05),
  "eribulin": info(2016, 0, 0.6, 0.05),
  "trial-agent": info(1985, 0.4, 1.8, 0.08),
};

function info(from: number, first: number, later: number, response: number, anthracycline = false) {
  return { from, first, later, response, anthracycline };
}

/** Regimen texts by language: how sites write each regimen (English is the fallback). */
export const REGIMEN_TEXTS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> =
  {
    en: {
      "doxorubicin": ["Doxorubicin", "doxorubicin 75 mg/m2", "Adriamycin", "Doxo"],
      "doxorubicin-ifosfamide": ["doxorubicin + ifosfamide", "AI", "Adriamycin/Ifo", "Doxo-Ifo"],
      "epirubicin-ifosfamide": ["epirubicin + ifosfamide", "Epi-Ifo", "EI"],
      "ifosfamide": ["ifosfamide", "HD-IFO", "high-dose ifosfamide"],
      "gemcitabine-docetaxel": ["gemcitabine + docetaxel", "Gem/Doc", "GemTax"],
      "gemcitabine": ["gemcitabine", "Gemzar"],
      "trabectedin": ["trabectedin", "Yondelis"],
      "pazopanib": ["pazopanib", "Votrient", "pazopanib 800 mg"],
      "sunitinib": ["sunitinib", "Sutent", "sunitinib 37.5 mg"],
      "pembrolizumab": ["pembrolizumab", "Keytruda", "Pembro"],
      "nivolumab": ["nivolumab", "Opdivo"],
      "nivolumab-ipilimumab": ["nivolumab + ipilimumab", "Nivo/Ipi"],
      "crizotinib": ["crizotinib", "Xalkori", "crizotinib (EORTC 90101 CREATE)"],
      "dacarbazine": ["dacarbazine", "DTIC"],
      "temozolomide": ["temozolomide", "Temodal", "TMZ"],
      "eribulin": ["eribulin", "Halaven"],
      "trial-agent": ["phase I trial", "investigational agent", "study drug (phase I)"],
    },
    fr: {
      "doxorubicin": ["doxorubicine", "Adriamycine"],
      "doxorubicin-ifosfamide": ["doxorubicine + ifosfamide", "AI", "Doxo-Ifo"],
      "epirubicin-ifosfamide": ["épirubicine + ifosfamide"],
      "ifosfamide": ["ifosfamide haute dose"],
      "gemcitabine-docetaxel": ["gemcitabine + docétaxel"],
      "trabectedin": ["trabectédine", "Yondelis"],
      "dacarbazine": ["dacarbazine (Déticène)", "DTIC"],
      "temozolomide": ["témozolomide"],
      "eribulin": ["éribuline"],
      "trial-agent": ["essai de phase I", "molécule expérimentale"],
    },
    es: {
      "doxorubicin": ["doxorrubicina"],
      "doxorubicin-ifosfamide": ["doxorrubicina + ifosfamida", "AI"],
      "epirubicin-ifosfamide": ["epirrubicina + ifosfamida"],
      "ifosfamide": ["ifosfamida"],
      "gemcitabine-docetaxel": ["gemcitabina + docetaxel"],
      "gemcitabine": ["gemcitabina"],
      "trabectedin": ["trabectedina"],
      "dacarbazine": ["dacarbacina"],
      "temozolomide": ["temozolomida"],
      "eribulin": ["eribulina"],
      "trial-agent": ["ensayo clínico fase I"],
    },
    de: {
      "doxorubicin-ifosfamide": ["Doxorubicin + Ifosfamid", "Doxo/Ifo"],
      "epirubicin-ifosfamide": ["Epirubicin/Ifosfamid"],
      "ifosfamide": ["Ifosfamid"],
      "gemcitabine-docetaxel": ["Gemcitabin/Docetaxel"],
      "gemcitabine": ["Gemcitabin"],
      "dacarbazine": ["Dacarbazin"],
      "temozolomide": ["Temozolomid"],
      "trial-agent": ["Studienmedikation (Phase I)"],
    },
    it: {
      "doxorubicin": ["doxorubicina"],
      "doxorubicin-ifosfamide": ["doxorubicina + ifosfamide", "AI"],
      "epirubicin-ifosfamide": ["epirubicina + ifosfamide", "Epi-Ifo"],
      "ifosfamide": ["ifosfamide alte dosi"],
      "gemcitabine-docetaxel": ["gemcitabina + docetaxel"],
      "gemcitabine": ["gemcitabina"],
      "trabectedin": ["trabectedina"],
      "dacarbazine": ["dacarbazina"],
      "eribulin": ["eribulina"],
      "trial-agent": ["studio di fase I"],
    },
    no: {
      "doxorubicin": ["doksorubicin"],
      "doxorubicin-ifosfamide": ["doksorubicin + ifosfamid"],
      "epirubicin-ifosfamide": ["epirubicin + ifosfamid"],
      "ifosfamide": ["ifosfamid"],
      "gemcitabine-docetaxel": ["gemcitabin + docetaksel"],
      "dacarbazine": ["dakarbazin"],
      "trial-agent": ["utprøvende behandling (fase I)"],
    },
  };

/** The texts a site writing `language` uses for `regimen` (its own first, then English). */
export function regimenTexts(language: string, regimen: string): readonly string[] {
  const own = REGIMEN_TEXTS[language]?.[regimen] ?? [];
  const english = REGIMEN_TEXTS.en?.[regimen] ?? [];
  if (own.length === 0 && english.length === 0) {
    throw new RangeError(`Expected a regimen of the catalogue but found "${regimen}"`);
  }
  return own.length > 0 ? own : english;
}

/** Every text of the catalogue with its regimen, in catalogue order, without repeats. */
export function allRegimenTexts(): [text: string, regimen: string][] {
  const seen = new Set<string>();
  const rows: [string, string][] = [];
  for (const byRegimen of Object.values(REGIMEN_TEXTS)) {
    for (const [regimen, texts] of Object.entries(byRegimen)) {
      for (const text of texts) {
        const key = normaliseText(text);
        if (!seen.has(key)) rows.push([text, regimen]);
        seen.add(key);
      }
    }
  }
  return rows;
}

/** How the vocabulary matches a text: trimmed, spaces collapsed, lower case. */
export function normaliseText(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}
