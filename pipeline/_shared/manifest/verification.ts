/**
 * `deno task verify`'s findings: every stage's record compared with the files and code as they
 * are now, files in output folders that no recorded run wrote, temporary files left by
 * interrupted writes, and whether the manifest says its run completed.
 *
 * Intermediate files (`<interim>`) are git-ignored: on a fresh clone they are absent, and then
 * they are reported as not checked rather than as missing, since the outputs, the raw inputs and
 * the code can still be checked against the manifest.
 *
 * @module
 */

import { normalize } from "node:path";
import { isFolderPath, PATH_PLACEHOLDERS } from "./declaration.ts";
import type { ManifestStatus, RunRecord } from "./run_record.ts";
import { type Reason, staleness } from "./staleness.ts";

/** One stage's findings. */
export interface StageVerification {
  name: string;
  /** Empty when the stage is up to date. */
  reasons: Reason[];
  /** The stage's declared outputs (machine paths), which a rerun rewrites. */
  outputs: string[];
}

/** What `deno task verify` found. */
export interface Verification {
  manifest: ManifestStatus["manifest"];
  /** Whether the manifest says its run completed. */
  complete: boolean;
  stages: StageVerification[];
  /** Files in output folders that the recorded runs did not write. */
  unexpected: string[];
  partials: string[];
  /** True when every recorded intermediate file is absent (a fresh clone): those were not checked. */
  intermediatesAbsent: boolean;
  /** How many recorded files were compared (inputs and outputs, each file once). */
  files: number;
}

/** Verifies every stage of `record`'s run. */
export async function verifyRun(record: RunRecord): Promise<Verification> {
  const states = await Promise.all(record.stages.map((s) => record.state(s.name)));
  const interim = `${PATH_PLACEHOLDERS.interim}/`;
  const recordedInterim = states.flatMap((state) =>
    Object.entries(state.outputs).filter(([template]) => template.startsWith(interim))
  );
  const intermediatesAbsent = recordedInterim.length > 0 &&
    recordedInterim.every(([, file]) => file.sha256 === null);
  const interimPath = normalize(`${record.paths.interim}/`);
  const isIntermediate = (reason: Reason) =>
    reason.subject !== undefined &&
    (reason.subject.startsWith(interim) || normalize(reason.subject).startsWith(interimPath));
  const stages: StageVerification[] = [];
  const unexpected: string[] = [];
  const compared = new Set<string>();
  for (const [i, stage] of record.stages.entries()) {
    const state = states[i]!;
    const recorded = record.recorded(stage.name);
    const reasons = staleness(recorded, state)
      .filter((reason) => !(intermediatesAbsent && isIntermediate(reason)));
    stages.push({ name: stage.name, reasons, outputs: stage.outputs.map((o) => o.path) });
    for (const file of [...Object.values(state.inputs), ...Object.values(state.outputs)]) {
      compared.add(normalize(file.path));
    }
    if (recorded === undefined) continue;
    for (const output of stage.outputs.filter((o) => isFolderPath(o.path))) {
      for (const [template, file] of Object.entries(await record.hashes.files(output))) {
        if (recorded.outputs[template] === undefined) unexpected.push(file.path);
      }
    }
  }
  return {
    manifest: record.status.manifest,
    complete: record.status.complete,
    stages,
    unexpected: unexpected.sort(),
    partials: record.status.partials,
    intermediatesAbsent,
    files: compared.size,
  };
}
