/**
 * How much of the response analysis rests on the sites' own calls: the lines and the responses
 * (CR or PR) by where their best response comes from (ADRS RSSRC: RECIST from measurements,
 * reported time-point responses, the site's reported best response, no data), and the number of
 * disagreements between a site's reported response and RECIST 1.1 on the site's own data (the
 * derive stage lists each in the data-quality record).
 *
 * @module
 */

import { type BestResponseRecord, RESPONSE_SOURCES } from "../_shared/contracts/adam_records.ts";
import type { Quality } from "../_shared/contracts/quality.ts";
import type { Statistics } from "../_shared/contracts/stats.ts";

/** The rule of the data-quality warnings that record a disagreement. */
export const DISAGREEMENT_RULE = "response-disagrees-with-recist";

/** Lines and responses by source of the best response. */
export function responseSources(
  responses: readonly BestResponseRecord[],
): Statistics["response_sources"] {
  const keys = Object.keys(RESPONSE_SOURCES) as (keyof typeof RESPONSE_SOURCES)[];
  return Object.fromEntries(keys.map((key) => {
    const own = responses.filter((r) => r.source === RESPONSE_SOURCES[key]);
    return [key, {
      lines: own.length,
      responses: own.filter((r) => r.response === "CR" || r.response === "PR").length,
    }];
  })) as Statistics["response_sources"];
}

/** Disagreements of best responses and of time-point responses. */
export function responseDisagreements(quality: Quality): Statistics["response_disagreements"] {
  const found = quality.warnings.filter((w) => w.rule === DISAGREEMENT_RULE);
  return {
    best_response: found.filter((w) => w.column === "best_response").length,
    timepoint: found.filter((w) => w.column === "timepoint_response").length,
  };
}
