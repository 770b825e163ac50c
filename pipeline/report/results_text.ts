/**
 * The Results section as the paper's would read, every number read from `stats.json` by id and
 * every choice of method worded from the analysis plan. Numbers are formatted as the publication
 * formats them: integer months, integer percentages, "n = x/y". Beside each headline median CI,
 * the other methods' intervals are given, so a reader sees how much the method matters.
 *
 * @module
 */

import type { RegimenLabels } from "../_shared/regimen_classes.ts";
import { CI_METHOD_WORDS, levelText } from "../_shared/plan_words.ts";
import { joinProse, type Prose, prose } from "../_shared/prose/inline.ts";
import type { NumberSource } from "../_shared/prose/numbers.ts";
import { medianRuleWords, rulesDifferAsPrinted } from "../_shared/prose/medians.ts";
import { intervalText } from "./tables/cells.ts";

const MERGE_TEXT: Record<string, string> = {
  duplicate_row: "a duplicate record",
  referral_merged: "a patient reported by a second institution",
};

const EXCLUSION_TEXT: Record<string, string> = {
  not_molecularly_confirmed: "no molecular confirmation",
  no_systemic_therapy_for_advanced_disease: "no systemic therapy for advanced disease",
  treated_outside_study_window: "first treatment outside the study period",
};

/** Primary sites as a sentence names them. */
const SITE_PROSE: Record<string, string> = {
  aponeurosis: "aponeurosis",
  limb: "non-aponeurosis limb sites",
  trunk: "the trunk",
  head_neck: "the head and neck",
  visceral_gi: "visceral or gastrointestinal sites",
  other: "other sites",
};

/** Fusions as a sentence names them. */
const FUSION_PROSE: Record<string, string> = {
  "EWSR1-ATF1": "EWSR1-ATF1",
  "EWSR1-CREB1": "EWSR1-CREB1",
  "EWSR1-rearranged": "an EWSR1 rearrangement with the partner not determined",
};

/** Prose items joined with commas and a final "and". */
function listProse(items: readonly Prose[]): Prose {
  if (items.length <= 1) return items[0] ?? [];
  return prose`${joinProse(items.slice(0, -1), ", ")} and ${items.at(-1)!}`;
}

/** "n = 13/55, 24%" for the share at `id`. */
function nOf(numbers: NumberSource, id: string): Prose {
  const r = (key: string) => numbers.ref(`${id}.${key}`, "integer");
  return prose`n = ${r("n")}/${r("total")}, ${r("pct")}%`;
}

/** "2 (a duplicate record, 1; ...)": the total at `totalId` and its reasons, or "none". */
function reasons(
  numbers: NumberSource,
  totalId: string,
  byReasonId: string,
  text: Record<string, string>,
): Prose {
  if (numbers.value(totalId) === 0) return ["none"];
  const counts = numbers.value(byReasonId) as Record<string, number>;
  const parts = Object.keys(counts).filter((reason) => counts[reason]! > 0).map((reason) =>
    prose`${text[reason] ?? reason}, ${numbers.ref(`${byReasonId}.${reason}`, "integer")}`
  );
  return prose`${numbers.ref(totalId, "integer")} (${joinProse(parts, "; ")})`;
}

/** A median with its headline CI and the other methods beside it, months as integers. */
export function medianSentence(numbers: NumberSource, id: string): Prose {
  if (numbers.value(`${id}.median`) === null) return ["not reached"];
  const headline = numbers.plan.headlineCi;
  const level = levelText(numbers.plan.confidenceLevel);
  const others = (["spss", "log", "loglog"] as const)
    .filter((m) => m !== headline)
    .map((m) => prose`${CI_METHOD_WORDS[m].short} ${intervalText(numbers, `${id}.ci.${m}`, 0)}`);
  const otherRule = rulesDifferAsPrinted(numbers, id, 0)
    ? prose`; by ${medianRuleWords(numbers.plan).other}, ${
      numbers.ref(`${id}.${medianRuleWords(numbers.plan).otherKey}`, "decimal0")
    } months`
    : [];
  return prose`${numbers.ref(`${id}.median`, "decimal0")} months (${level} CI ${
    intervalText(numbers, `${id}.ci.${headline}`, 0)
  }; ${joinProse(others, "; ")}${otherRule})`;
}

function cohortParagraph(numbers: NumberSource, cite: Citations): Prose {
  const { stats, ref } = numbers;
  const sites = stats.primary_site_ranked
    .filter((code) => (stats.primary_site[code]?.n ?? 0) > 0)
    .map((code) => prose`${SITE_PROSE[code] ?? code} (${nOf(numbers, `primary_site.${code}`)})`);
  const fusionText = (code: string) =>
    prose`${FUSION_PROSE[code] ?? code} (${nOf(numbers, `fusion.${code}`)})`;
  const leaders = stats.fusion_most_common;
  const others = Object.entries(stats.fusion)
    .filter(([code, f]) => f.n > 0 && !leaders.includes(code))
    .sort(([a, x], [b, y]) => y.n - x.n || a.localeCompare(b))
    .map(([code]) => fusionText(code));
  const fusionSentence = prose`The most common fusion${leaders.length > 1 ? "s were" : " was"} ${
    listProse(leaders.map(fusionText))
  }${others.length > 0 ? prose`, followed by ${listProse(others)}` : []}`;
  return prose`${ref("flow.screened", "words")} patient records from ${
    ref("flow.sites", "integer")
  } institutions were screened; ${
    reasons(numbers, "flow.merged_total", "flow.merged", MERGE_TEXT)
  } were merged into another record of the same patient, and ${
    reasons(numbers, "flow.excluded_total", "flow.excluded", EXCLUSION_TEXT)
  } were excluded. ${ref("cohort.included", "words")} patients from ${
    ref("cohort.institutions", "integer")
  } institutions were included; they started systemic therapy for advanced disease between ${
    ref("cohort.first_therapy_start", "month-year")
  } and ${ref("cohort.last_therapy_start", "month-year")}. At diagnosis, the median age was ${
    ref("age_at_diagnosis.median", "decimal0")
  } (${ref("age_at_diagnosis.min", "integer")}-${
    ref("age_at_diagnosis.max", "integer")
  }) years and ${ref("metastatic_at_diagnosis.pct", "integer")}% (n = ${
    ref("metastatic_at_diagnosis.n", "integer")
  }/${ref("metastatic_at_diagnosis.total", "integer")}) had metastatic disease; ${
    ref("sex.F.n", "integer")
  } (${ref("sex.F.pct", "integer")}%) were women. Primary tumours were at ${
    listProse(sites)
  }. ${fusionSentence}; ${ref("molecularly_confirmed", "integer")} of ${
    ref("cohort.included", "integer")
  } included patients were molecularly confirmed (Table 1; ${cite.figure("flow-diagram.svg")}).`;
}

function therapyParagraph(
  numbers: NumberSource,
  labels: RegimenLabels,
  cite: Citations,
): Prose {
  const { stats, ref } = numbers;
  const frequent = Object.entries(stats.response.by_regimen)
    .sort(([a, x], [b, y]) => y.lines - x.lines || a.localeCompare(b))
    .slice(0, 3)
    .map(([r]) =>
      prose`${(labels.regimen[r] ?? r).toLowerCase()} (${
        ref(`response.by_regimen.${r}.lines`, "integer")
      })`
    );
  return prose`The median number of systemic therapies for advanced disease was ${
    ref("lines.median", "decimal0")
  } (range ${ref("lines.min", "integer")}-${ref("lines.max", "integer")}); ${
    ref("response.all_lines.lines", "integer")
  } lines were given in all, most often ${listProse(frequent)} (${cite.figure("swimmer.svg")}).`;
}

/** "11% (n = 12/106; exact 95% CI 6-19%)" for the rate at `id`. */
function rateSentence(numbers: NumberSource, id: string): Prose {
  const r = (key: string, format = "integer") => numbers.ref(`${id}.${key}`, format);
  const level = levelText(numbers.plan.confidenceLevel);
  return prose`${r("pct")}% (n = ${r("n")}/${r("total")}; exact ${level} CI ${
    r("ci_exact.0", "percent0")
  }-${r("ci_exact.1", "percent0")}%)`;
}

function responseParagraph(
  numbers: NumberSource,
  labels: RegimenLabels,
  cite: Citations,
): Prose {
  const { stats, ref } = numbers;
  const best = stats.response.best_orr_regimen.map((r) => {
    const pfs = r in stats.pfs ? medianSentence(numbers, `pfs.${r}`) : ["not estimable"];
    return prose`${(labels.regimen[r] ?? r).toLowerCase()} (${
      ref(`response.by_regimen.${r}.orr.pct`, "integer")
    }%, n = ${ref(`response.by_regimen.${r}.orr.n`, "integer")}/${
      ref(`response.by_regimen.${r}.orr.total`, "integer")
    }; exact ${levelText(numbers.plan.confidenceLevel)} CI ${
      ref(`response.by_regimen.${r}.orr.ci_exact.0`, "percent0")
    }-${
      ref(`response.by_regimen.${r}.orr.ci_exact.1`, "percent0")
    }%), with a median progression-free survival of ${pfs}`;
  });
  return prose`Across all lines, the objective response rate was ${
    rateSentence(numbers, "response.all_lines.orr")
  } and the disease control rate ${ref("response.all_lines.dcr.pct", "integer")}% (n = ${
    ref("response.all_lines.dcr.n", "integer")
  }/${
    ref("response.all_lines.dcr.total", "integer")
  }). The best response rate was seen for patients treated with ${
    listProse(best)
  }. Responses and progression-free survival by regimen and by line are in Tables 2 and 3 (${
    cite.figure("best-response-by-regimen.svg")
  }; changes in target-lesion size in ${
    cite.figure("waterfall.svg")
  }; progression-free survival by regimen class in ${cite.figure("pfs-by-regimen-class.svg")}). ${
    sourcesSentences(numbers)
  } ${sensitivitySentence(numbers)}`;
}

function survivalParagraph(numbers: NumberSource, cite: Citations): Prose {
  const { stats, plan, ref } = numbers;
  const landmarks = plan.landmarkMonths.map((months, i) =>
    prose`${ref(`os.landmarks.${months}.survival`, "percent0")}% at ${
      ref(`plan:landmarkMonths.${i}`, "text")
    } months`
  );
  const who = plan.overallSurvival.origin === "advanced_diagnosis"
    ? "for patients with advanced/metastatic disease"
    : "from the start of the first line of systemic therapy";
  const followUp = stats.follow_up.median === null
    ? prose`The median follow-up (reverse Kaplan-Meier) was not reached.`
    : prose`The median follow-up (reverse Kaplan-Meier) was ${
      ref("follow_up.median", "decimal0")
    } months (${levelText(plan.confidenceLevel)} CI ${
      intervalText(numbers, "follow_up.ci", 0)
    }, log method)${survivorsClause(numbers)}.`;
  return prose`${ref("os.events", "words")} of ${
    ref("os.n", "integer")
  } patients died. The median overall survival ${who} was ${medianSentence(numbers, "os")} (${
    cite.figure("overall-survival.svg")
  }); overall survival was ${listProse(landmarks)} (Table 4). ${followUp}`;
}

/** How the text cites a figure: by its number in the figures' order. */
export interface Citations {
  figure(file: string): string;
}

/** Citations of the figures listed in `files` (their order is the figures' numbering). */
export function citations(files: readonly string[]): Citations {
  return {
    figure(file) {
      const i = files.indexOf(file);
      if (i < 0) throw new RangeError(`Expected figure ${file} in figures/index.json`);
      return `Figure ${i + 1}`;
    },
  };
}

/** How many best responses rest on the sites' own calls, and the disagreements with RECIST. */
function sourcesSentences(numbers: NumberSource): Prose {
  const src = (key: string, what: "lines" | "responses") =>
    numbers.ref(`response_sources.${key}.${what}`, "integer");
  const disagreements = numbers.value("response_disagreements.best_response") as number;
  return prose`Of the ${numbers.ref("response.all_lines.lines", "integer")} best responses, ${
    src("measurements", "lines")
  } were derived by RECIST 1.1 from the sites' measurements, ${
    src("timepoints", "lines")
  } from the time-point responses the sites reported and ${
    src("reported", "lines")
  } were the sites' own best responses with no measurements behind them (${
    src("reported", "responses")
  } of the ${numbers.ref("response.all_lines.orr.n", "integer")} objective responses); ${
    src("none", "lines")
  } had no response data. Where sites reported measurements, RECIST 1.1 on those measurements disagreed with the site's reported best response for ${
    numbers.ref("response_disagreements.best_response", "integer")
  } line${disagreements === 1 ? "" : "s"} and with a reported time-point response ${
    numbers.ref("response_disagreements.timepoint", "integer")
  } times; RECIST is analysed and each disagreement is listed in the data-quality report.`;
}

/** The response rate by the other best-response parameter (Table S2). */
function sensitivitySentence(numbers: NumberSource): Prose {
  const id = "response_sensitivity.all_lines.orr";
  const r = (key: string, format = "integer") => numbers.ref(`${id}.${key}`, format);
  const what = numbers.stats.response_sensitivity.parameter === "CBOR"
    ? "With confirmation of CR and PR required"
    : "Without confirmation of CR and PR";
  return prose`${what}, the objective response rate was ${r("pct")}% (n = ${r("n")}/${
    r("total")
  }; exact ${levelText(numbers.plan.confidenceLevel)} CI ${r("ci_exact.0", "percent0")}-${
    r("ci_exact.1", "percent0")
  }%; Table S2).`;
}

/** "; the 11 patients alive at last contact had been followed for a median of 21 months (...)" */
function survivorsClause(numbers: NumberSource): Prose {
  if (numbers.stats.follow_up.survivors === null) return ["; no patient was alive at last contact"];
  const s = (key: string, format: string) => numbers.ref(`follow_up.survivors.${key}`, format);
  return prose`; the ${
    s("n", "integer")
  } patients alive at last contact had been followed for a median of ${
    s("median", "decimal0")
  } months (range ${s("min", "decimal0")}-${s("max", "decimal0")})`;
}

/** The Results section's paragraphs; `figures` are the figure files in their order. */
export function resultsParagraphs(
  numbers: NumberSource,
  labels: RegimenLabels,
  figures: readonly string[],
): Prose[] {
  const cite = citations(figures);
  return [
    cohortParagraph(numbers, cite),
    therapyParagraph(numbers, labels, cite),
    responseParagraph(numbers, labels, cite),
    survivalParagraph(numbers, cite),
  ];
}
