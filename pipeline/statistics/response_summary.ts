/**
 * Best overall response tallies for a group of treated lines: CR, PR, SD, PD and NE counts, the
 * objective response rate (CR or PR) and the disease control rate (CR, PR or SD), each with an
 * exact Clopper–Pearson and a Wilson CI at the plan's level. Every treated line is in the
 * denominator: a line without any response data counts as NE (and is counted in `no_data`).
 *
 * @module
 */

import { type BestResponseRecord, RESPONSE_SOURCES } from "../_shared/contracts/adam_records.ts";
import type { Rate, ResponseSummary } from "../_shared/contracts/stats.ts";
import { clopperPearson } from "../lib/proportions/clopper_pearson.ts";
import { wilson } from "../lib/proportions/wilson.ts";
import { percentOf, roundHalfUp } from "../lib/numbers/rounding.ts";

const P = 4;

function rate(n: number, total: number, level: number): Rate {
  const round = ([l, u]: [number, number]): [number, number] => [
    roundHalfUp(l, P),
    roundHalfUp(u, P),
  ];
  return {
    n,
    total,
    pct: percentOf(n, total),
    proportion: roundHalfUp(n / total, P),
    ci_exact: round(clopperPearson(n, total, { level })),
    ci_wilson: round(wilson(n, total, { level })),
  };
}

/** Summarises the best responses of `records` (one per line). */
export function summariseResponses(
  records: readonly BestResponseRecord[],
  level: number,
): ResponseSummary {
  const count = (r: BestResponseRecord["response"]) =>
    records.filter((x) => x.response === r).length;
  const [CR, PR, SD, PD, NE] = [count("CR"), count("PR"), count("SD"), count("PD"), count("NE")];
  return {
    lines: records.length,
    patients: new Set(records.map((r) => r.usubjid)).size,
    CR,
    PR,
    SD,
    PD,
    NE,
    no_data: records.filter((r) => r.source === RESPONSE_SOURCES.none).length,
    orr: rate(CR + PR, records.length, level),
    dcr: rate(CR + PR + SD, records.length, level),
  };
}
