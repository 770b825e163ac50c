/**
 * The reproduction certificate's core: each claim of the publication's abstract, transcribed in
 * `data/reference/abstract-claims.json`, compared with the statistic that reproduces it, at the
 * precision the abstract prints.
 *
 * @module
 */

import { roundHalfUp } from "../lib/numbers/rounding.ts";
import { PipelineError } from "../_shared/stage.ts";
import { lookupStatistic } from "../_shared/contracts/stats.ts";

/** Precisions the transcription uses. */
export type Precision = "count" | "integer" | "percent" | "month" | "list" | "top-two";

/** One transcribed claim. */
export interface Claim {
  id: string;
  quote: string;
  claim: string;
  published: number | string;
  precision: Precision;
  statistic: string;
}

/** A claim checked against the reproduction. */
export interface ClaimCheck extends Claim {
  /** The reproduced value at the published precision (null when the statistic is missing). */
  reproduced: number | string | null;
  /** The statistic as computed, before rounding to the published precision. */
  computed: unknown;
  match: boolean;
}

const PRECISIONS: readonly Precision[] = [
  "count",
  "integer",
  "percent",
  "month",
  "list",
  "top-two",
];

/** Validates the transcription file's claims. */
export function parseClaims(value: unknown, source: string): Claim[] {
  const claims = (value as { claims?: unknown })?.claims;
  if (!Array.isArray(claims)) throw new PipelineError(`${source}: expected a "claims" list`);
  const ids = new Set<string>();
  return claims.map((c, i) => {
    const where = `${source}, claim ${i + 1}`;
    for (const key of ["id", "quote", "claim", "statistic"]) {
      if (typeof c?.[key] !== "string") throw new PipelineError(`${where}: "${key}" must be text`);
    }
    if (!PRECISIONS.includes(c.precision)) {
      throw new PipelineError(
        `${where}: precision must be one of ${PRECISIONS.join(", ")} but found ${c.precision}`,
      );
    }
    if (typeof c.published !== "number" && typeof c.published !== "string") {
      throw new PipelineError(`${where}: "published" must be a number or text`);
    }
    if (ids.has(c.id)) throw new PipelineError(`${where}: id ${c.id} is used twice`);
    ids.add(c.id);
    return c as Claim;
  });
}

/** `computed` at the precision the abstract prints, or null when it cannot be expressed. */
export function atPrecision(computed: unknown, precision: Precision): number | string | null {
  switch (precision) {
    case "count":
    case "percent":
      return Number.isInteger(computed) ? computed as number : null;
    case "integer":
      return typeof computed === "number" ? roundHalfUp(computed, 0) : null;
    case "month":
      return typeof computed === "string" ? computed.slice(0, 7) : null;
    case "list":
      return Array.isArray(computed) ? computed.join(", ") : null;
    case "top-two":
      return computed !== null && typeof computed === "object" ? topTwo(computed) : null;
  }
}

/**
 * The categories whose count reaches the second largest count: two names when the two largest
 * stand clear of the rest, more when the second place is tied (then the claim does not hold).
 */
function topTwo(shares: object): string {
  const counts = Object.entries(shares).map(([k, s]) => [k, (s as { n: number }).n] as const);
  const second = counts.map(([, n]) => n).toSorted((a, b) => b - a)[1];
  return counts.filter(([, n]) => second !== undefined && n >= second).map(([k]) => k).toSorted()
    .join(", ");
}

/** Checks every claim against `stats`. */
export function checkClaims(claims: readonly Claim[], stats: unknown): ClaimCheck[] {
  return claims.map((claim) => {
    const computed = lookupStatistic(stats, claim.statistic);
    const reproduced = computed === undefined ? null : atPrecision(computed, claim.precision);
    const published = claim.precision === "top-two"
      ? String(claim.published).split(", ").toSorted().join(", ")
      : claim.published;
    return { ...claim, computed: computed ?? null, reproduced, match: reproduced === published };
  });
}
