/**
 * The short methods note that closes the Results: each definition and CI method worded from the
 * analysis plan, and each censoring rule stated with the number of lines it applied to, so the
 * note can neither drift from the plan nor describe a rule the data never met (or miss one they
 * did).
 *
 * @module
 */

import {
  CI_METHOD_WORDS,
  confirmationWords,
  levelText,
  osOriginWords,
} from "../_shared/plan_words.ts";
import { joinProse, type Prose, prose } from "../_shared/prose/inline.ts";
import type { NumberSource } from "../_shared/prose/numbers.ts";
import type { ListItem } from "./document/blocks.ts";

/** ADTTE's event descriptions (EVNTDESC, as stats.json keys them) as the note words them. */
const EVENT_PHRASES: Record<string, string> = {
  progression_recist_1_1_from_measurements: "progression by RECIST 1.1 from the measurements",
  progression_reported_time_point_response: "progression at a reported time-point response",
  progression_reported_date: "progression at the date the site reported",
  death: "death without documented progression",
};

/** ADTTE's censoring descriptions (CNSDTDSC, as stats.json keys them) as the note words them. */
const CENSOR_PHRASES: Record<string, string> = {
  last_tumour_assessment: "at the last tumour assessment of the line",
  last_adequate_tumour_assessment: "at the last adequate tumour assessment of the line",
  last_tumour_assessment_before_next_line: "at the last tumour assessment before the next line",
  last_adequate_tumour_assessment_before_next_line:
    "at the last adequate tumour assessment before the next line",
  end_of_line: "at the end of a line without any post-baseline assessment",
  last_contact: "at last contact (a line without any post-baseline assessment that was still " +
    "ongoing, or follow-up that ended before the last assessment)",
  start_of_next_line: "at the start of the next line",
  start_of_line: "at the start of the line (no time at risk)",
  start_of_line_no_adequate_assessment: "at the start of the line, none of its assessments " +
    "being adequate",
};

/** How an event dated after the next line's start is handled, by the plan's option. */
const AFTER_NEXT_LINE = {
  censor: "A progression or death dated after the next line had started was not an event of " +
    "the earlier line, which was censored at its last assessment on or before the start of the " +
    "next line (FDA 2018 guidance on cancer trial endpoints, Table A).",
  count: "A progression or death dated after the next line had started still counted as an " +
    "event of the earlier line.",
  count_progression_only: "A progression dated after the next line had started still counted " +
    "as an event of the earlier line; a death in that position did not, and the line was " +
    "censored as one without an event.",
} as const;

/** The suffix of an ADTTE event description (as a key) for an event after the next line. */
const AFTER_NEXT_LINE_KEY = "_after_start_of_next_line";

/** "a (n = 3), b (n = 2) or c (n = 1)" for the counts at `id`, in the key order of stats.json. */
function countedPhrases(
  numbers: NumberSource,
  id: string,
  phrases: Record<string, string>,
  last: string,
): Prose {
  const counts = numbers.value(id) as Record<string, number>;
  const items = Object.keys(counts).map((key) =>
    prose`${phraseOf(key, phrases)} (n = ${numbers.ref(`${id}.${key}`, "integer")})`
  );
  if (items.length === 0) return ["none"];
  if (items.length === 1) return items[0]!;
  return prose`${joinProse(items.slice(0, -1), "; ")}; ${last} ${items.at(-1)!}`;
}

/** The note's words for a description key; an event after the next line says so. */
function phraseOf(key: string, phrases: Record<string, string>): string {
  if (key.endsWith(AFTER_NEXT_LINE_KEY)) {
    return `${phraseOf(key.slice(0, -AFTER_NEXT_LINE_KEY.length), phrases)}, dated after the ` +
      "next line had started";
  }
  return phrases[key] ?? key.replaceAll("_", " ");
}

/** Methods note as bullet points: a lead word and prose. */
export function methodsNote(numbers: NumberSource): ListItem[] {
  const { plan } = numbers;
  const level = levelText(plan.confidenceLevel);
  const planRef = (option: string, format = "text") => numbers.ref(`plan:${option}`, format);
  const death = plan.progressionFreeSurvival.deathIsEvent
    ? "progression or death without progression, whichever came first"
    : "progression (death without progression censors the line)";
  const symmetric = plan.headlineCi === "spss"
    ? " A negative lower limit of a symmetric interval is shown as 0."
    : "";
  const others = (["spss", "log", "loglog"] as const).filter((m) => m !== plan.headlineCi)
    .map((m) => CI_METHOD_WORDS[m].short);
  return [
    {
      lead: "Population.",
      prose:
        prose`Molecularly confirmed clear cell sarcoma, locally advanced or metastatic, first line of systemic therapy for advanced disease started from ${
          planRef("eligibility.therapyWindow.from", "month-year")
        } to ${
          planRef("eligibility.therapyWindow.to", "month-year")
        }; duplicates and patients referred between institutions counted once.`,
    },
    {
      lead: "Response.",
      prose:
        prose`RECIST 1.1 best overall response per line, derived from measurements where the site reported them, else from reported time-point responses, else the reported best response; stable disease counted only at ≥ ${
          planRef("recist.minimumStableDiseaseDays")
        } days from the start of the line; ${
          confirmationWords(plan)
        }. Every treated line is in the denominator; a line without any response data counts as NE (n = ${
          numbers.ref("response.all_lines.no_data", "integer")
        }). Objective response: CR or PR; disease control: CR, PR or SD. Exact Clopper–Pearson ${level} CIs.`,
    },
    {
      lead: "Progression-free survival",
      prose: prose`of a line: from its start to ${death}. Events: ${
        countedPhrases(numbers, "pfs_all_lines.events_by", EVENT_PHRASES, "or")
      }. Lines without an event were censored ${
        countedPhrases(numbers, "pfs_all_lines.censored_by", CENSOR_PHRASES, "or")
      }; a censoring date never falls after the start of the next line or the last contact. ${
        AFTER_NEXT_LINE[plan.progressionFreeSurvival.eventsAfterNextLine]
      }${
        plan.progressionFreeSurvival.censorAt === "last_adequate_assessment"
          ? " An adequate assessment is one that could have shown progression (an evaluable " +
            "time-point response)."
          : ""
      }`,
    },
    {
      lead: "Overall survival:",
      prose: prose`from ${
        osOriginWords(plan).event
      } to death from any cause; patients alive censored at last contact. Median follow-up by the reverse Kaplan–Meier method.`,
    },
    {
      lead: "Kaplan–Meier estimates",
      prose: prose`with Greenwood variance, times in whole days shown as months (days / ${
        planRef("daysPerMonth")
      }). Median: the smallest event time with survival ≤ 0.5. Headline ${level} CI of a median: ${
        CI_METHOD_WORDS[plan.headlineCi].long
      }; the ${
        joinProse(others.map((o) => [o]), " and ")
      } intervals are given beside it.${symmetric}`,
    },
    {
      lead: "Descriptive statistics:",
      prose:
        prose`medians and ranges (R type 7 quantiles); percentages of n rounded half up to integers.`,
    },
  ];
}
