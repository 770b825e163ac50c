/**
 * The manifest keeper: the one process of a run that may read every file the run hashes and
 * write the run's manifest, and nothing else (`--allow-read` of the stages' inputs, outputs and
 * code; `--allow-write` of `<out>/manifest.json` and its temporary sibling only). The runner,
 * which may only start `deno`, asks it questions over its stdin, one JSON line each, and reads
 * one JSON line of answer from its stdout. It ends when its stdin ends, so it never outlives the
 * runner, even one killed with SIGKILL.
 *
 * Requests: `{op: "open", paths, stages}` first, then `check`, `start`, `finish` (with `stage`),
 * `complete` and `verify`. Answers: `{ok: true, value}` or `{ok: false, error}`.
 *
 * @module
 */

import type { RunPaths } from "../run_paths.ts";
import type { StageDeclaration } from "./declaration.ts";
import { readJsonLines } from "./json_lines.ts";
import { RunRecord } from "./run_record.ts";
import { verifyRun } from "./verification.ts";

/** A request to the keeper. */
export type KeeperRequest =
  | { op: "open"; paths: RunPaths; stages: StageDeclaration[] }
  | { op: "check" | "start" | "fail"; stage: string }
  | { op: "finish"; stage: string; written?: string[] }
  | { op: "complete" | "verify" };

/** Answers `request` from `record` (opened by the first request). */
async function answer(request: KeeperRequest, record: RunRecord | undefined): Promise<unknown> {
  if (request.op === "open") throw new Error("the run's manifest is already open");
  if (record === undefined) throw new Error(`expected "open" first but found "${request.op}"`);
  switch (request.op) {
    case "check":
      return await record.check(request.stage);
    case "start":
      return await record.start(request.stage);
    case "finish":
      return await record.finish(request.stage, request.written);
    case "fail":
      return await record.fail(request.stage);
    case "complete":
      return await record.complete();
    case "verify":
      return await verifyRun(record);
  }
}

if (import.meta.main) {
  let record: RunRecord | undefined;
  for await (const line of readJsonLines(Deno.stdin.readable)) {
    const request = line as KeeperRequest;
    try {
      let value: unknown;
      if (request.op === "open" && record === undefined) {
        record = await RunRecord.open(request.paths, request.stages);
        value = record.status;
      } else value = await answer(request, record);
      console.log(JSON.stringify({ ok: true, value: value ?? null }));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.log(JSON.stringify({ ok: false, error: message }));
    }
  }
}
