/**
 * Whether a stage is up to date, and if not, why: its record in the manifest compared with its
 * code, inputs and outputs as they are now. A stage is up to date when its code fingerprint is
 * the recorded one, it would read exactly the recorded input files with the recorded bytes, and
 * every output it recorded is still there with the recorded bytes. Files that appeared in an
 * output folder without being recorded do not make the stage stale (rerunning it would not remove
 * them); `deno task verify` lists them.
 *
 * @module
 */

import type { CodeFingerprint, StageRecord } from "./manifest.ts";
import type { FoundFile } from "./file_hashes.ts";

/** A stage as it is now. */
export interface StageState {
  code: CodeFingerprint;
  /** Every file the stage would read, by its path relative to the run's folders. */
  inputs: Record<string, FoundFile>;
  /** Every output the record lists, as it is now (null sha256: missing). */
  outputs: Record<string, FoundFile>;
}

/** What makes a stage stale. */
export type ReasonKind =
  | "no record"
  | "code changed"
  | "code added"
  | "code removed"
  | "package changed"
  | "Deno changed"
  | "input changed"
  | "input added"
  | "input removed"
  | "output modified"
  | "output missing";

/** One reason a stage is stale, naming the file (its machine path when it has one). */
export interface Reason {
  kind: ReasonKind;
  /** The file, package or version concerned. */
  subject?: string;
}

/** Why `record` no longer describes `state`; empty when the stage is up to date. */
export function staleness(record: StageRecord | undefined, state: StageState): Reason[] {
  if (record === undefined) return [{ kind: "no record" }];
  const reasons: Reason[] = [];
  if (record.code.deno !== state.code.deno) {
    reasons.push({ kind: "Deno changed", subject: `${record.code.deno} → ${state.code.deno}` });
  }
  compare(record.code.modules, plain(state.code.modules), (kind, path) => {
    const codeKind =
      ({ changed: "code changed", added: "code added", removed: "code removed" })[kind];
    reasons.push({ kind: codeKind as ReasonKind, subject: path });
  });
  compare(record.code.packages, plain(state.code.packages), (_kind, name) => {
    reasons.push({ kind: "package changed", subject: name });
  });
  compare(record.inputs, state.inputs, (kind, template) => {
    const path = state.inputs[template]?.path ?? template;
    reasons.push({ kind: `input ${kind}`, subject: path });
  });
  for (const [template, sha256] of Object.entries(record.outputs)) {
    const now = state.outputs[template];
    if (now === undefined || now.sha256 === null) {
      reasons.push({ kind: "output missing", subject: now?.path ?? template });
    } else if (now.sha256 !== sha256) {
      reasons.push({ kind: "output modified", subject: now.path });
    }
  }
  return reasons;
}

/** One line for a reason: `input changed: data/raw/S01/patients.csv`. */
export function describeReason(reason: Reason): string {
  if (reason.kind === "no record") return "no completed run of it is recorded";
  return reason.subject === undefined ? reason.kind : `${reason.kind}: ${reason.subject}`;
}

function plain(map: Record<string, string>): Record<string, FoundFile> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, { path: k, sha256: v }]));
}

/** Calls `report` for every key whose hash changed, appeared or disappeared, in key order. */
function compare(
  recorded: Record<string, string>,
  now: Record<string, FoundFile>,
  report: (kind: "changed" | "added" | "removed", key: string) => void,
): void {
  const keys = [...new Set([...Object.keys(recorded), ...Object.keys(now)])].sort();
  for (const key of keys) {
    const before = recorded[key];
    const after = now[key]?.sha256 ?? undefined;
    if (before === undefined) report("added", key);
    else if (after === undefined || after === null) report("removed", key);
    else if (before !== after) report("changed", key);
  }
}
