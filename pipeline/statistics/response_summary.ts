/**
 * Best overall response tallies for a group of treated lines: CR, PR, SD, PD and NE counts, the
 * objective response rate (CR or PR) and the disease control rate (CR, PR or SD), each with an
 * exact Clopper–Pearson and a Wilson 95% CI.
 *
 * @module
 */

import type { BestResponseRecord } from "../_shared/contracts/adam_records.ts";
import { clopperPearson } from "../lib/proportions/clopper_pearson.ts";
import { wilson } from "../lib/proportions/wilson.ts";
import { percentOf, roundHalfUp } from "../lib/numbers/rounding.ts";

/** A rate with its intervals. */
export interface Rate {
  n: number;
  total: number;
  pct: number;
  proportion: number;
  ci_exact: [number, number];
  ci_wilson: [number, number];
}

/** Responses of a group of lines. */
export interface ResponseSummary {
  lines: number;
  patients: number;
  CR: number;
  PR: number;
  SD: number;
  PD: number;
  NE: number;
  orr: Rate;
  dcr: Rate;
}

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
    orr: rate(CR + PR, records.length, level),
    dcr: rate(CR + PR + SD, records.length, level),
  };
}
