/**
 * Claims of the reproduction certificate (`reproduction.json`) that flipped between two runs:
 * matched in one and not in the other, or present in only one.
 *
 * @module
 */

/** One claim as the certificate records it (the fields read here). */
interface CheckedClaim {
  id: string;
  statistic: string;
  published: unknown;
  reproduced: unknown;
  match: boolean;
}

/** A claim whose verdict differs between the two runs (null: absent from that run). */
export interface ClaimFlip {
  id: string;
  statistic: string;
  published: unknown;
  old: { reproduced: unknown; match: boolean } | null;
  new: { reproduced: unknown; match: boolean } | null;
}

function checks(certificate: unknown): Map<string, CheckedClaim> {
  const list = (certificate as { checks?: CheckedClaim[] } | null)?.checks ?? [];
  return new Map(list.map((check) => [check.id, check]));
}

/** The claims whose match changed, in the order of the newer certificate, then removed ones. */
export function claimFlips(before: unknown, after: unknown): ClaimFlip[] {
  const old = checks(before);
  const now = checks(after);
  const flips: ClaimFlip[] = [];
  for (const id of [...now.keys(), ...[...old.keys()].filter((id) => !now.has(id))]) {
    const a = old.get(id);
    const b = now.get(id);
    if (a !== undefined && b !== undefined && a.match === b.match) continue;
    const claim = (b ?? a)!;
    flips.push({
      id,
      statistic: claim.statistic,
      published: claim.published,
      old: a === undefined ? null : { reproduced: a.reproduced, match: a.match },
      new: b === undefined ? null : { reproduced: b.reproduced, match: b.match },
    });
  }
  return flips;
}
