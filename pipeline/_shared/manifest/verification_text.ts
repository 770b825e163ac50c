/**
 * `deno task verify`'s report as text: one verdict line, then each problem with the task that
 * would bring it up to date. Pure, so that the wording is tested without files.
 *
 * @module
 */

import type { RunPaths } from "../run_paths.ts";
import { manifestPath } from "./run_record.ts";
import { describeReason } from "./staleness.ts";
import { taskCommand } from "./task_hint.ts";
import type { Verification } from "./verification.ts";

/** Whether `verification` found the outputs complete and matching. */
export function verified(verification: Verification): boolean {
  return verification.manifest === "present" && verification.complete &&
    verification.stages.every((stage) => stage.reasons.length === 0) &&
    verification.unexpected.length === 0;
}

/** The report's lines. */
export function verificationText(verification: Verification, paths: RunPaths): string[] {
  const manifest = manifestPath(paths);
  if (verification.manifest !== "present") {
    const found = verification.manifest === "absent" ? "no manifest" : verification.manifest;
    return [
      `${manifest}: ${found}: no recorded run vouches for these outputs`,
      `  → \`${taskCommand("all", paths)}\``,
    ];
  }
  const notes = [
    ...(verification.intermediatesAbsent
      ? [
        `note: the intermediate files (${paths.interim}) are absent, so they were not checked; ` +
        `\`${taskCommand("all", paths)}\` regenerates them`,
      ]
      : []),
    ...verification.partials.map((p) => `note: temporary file left by an interrupted write: ${p}`),
  ];
  if (verified(verification)) {
    return [
      `${manifest}: verified: ${verification.stages.length} stages, ${verification.files} files; ` +
      "code, inputs and outputs match, and the run completed",
      ...notes,
    ];
  }
  const firstStale = verification.stages.findIndex((stage) => stage.reasons.length > 0);
  const task = taskCommand(
    firstStale <= 0 ? "all" : verification.stages[firstStale]!.name,
    paths,
  );
  const problems: string[] = [];
  if (!verification.complete) {
    problems.push(`- the run that wrote the manifest did not complete → \`${task}\``);
  }
  for (const stage of verification.stages.filter((s) => s.reasons.length > 0)) {
    problems.push(`- stage ${stage.name} is stale → \`${task}\``);
    for (const reason of stage.reasons) problems.push(`    ${describeReason(reason)}`);
    problems.push(`    stale outputs: ${stage.outputs.join(", ")}`);
  }
  for (const file of verification.unexpected) {
    problems.push(`- not written by the recorded run: ${file} → remove it`);
  }
  const count = problems.filter((line) => line.startsWith("-")).length;
  return [
    `${manifest}: NOT verified: ${count} problem${count === 1 ? "" : "s"}`,
    ...problems,
    ...notes,
  ];
}
