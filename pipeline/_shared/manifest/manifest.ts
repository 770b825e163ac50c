/**
 * The run manifest, `<out>/manifest.json`: the record of what produced the outputs, so that a
 * rerun can skip what is up to date and an auditor can check the outputs without rerunning.
 *
 * For each stage it records a fingerprint of the stage's code (the source files of its module
 * graph, the locked npm packages it loads, the Deno version), the sha256 of every file the stage
 * read and of every file it wrote; for the run, the software versions, the sha256 of the analysis
 * plan (the one a certificate quotes) and whether the run completed. Paths are written relative to
 * the run's folders (`<raw>/S01/patients.csv`, `<out>/stats.json`, `<plan>`) or to the project
 * (`data/vocabulary/regimens.csv`), never as machine paths; there are no timestamps. Identical runs
 * therefore write identical bytes, and the manifest is committed with the outputs.
 *
 * The runner writes it with `complete: false` before the first stage it runs starts, rewrites it
 * after each stage, and sets `complete: true` only when every stage of the pipeline is up to date
 * at the end of a run, so that an interrupted run is never presented as complete.
 *
 * The manifest carries its own sha256 (of its text with that value left empty), so that a hand
 * edit of the manifest itself is found, not only edits of the files it lists.
 *
 * A stage's outputs are whatever its declaration lists (a lineage file included), so later
 * additions to a stage's outputs enter the manifest without a change here.
 *
 * @module
 */

import { sha256Hex } from "./sha256.ts";

/** The manifest's format; a different number is read as "no usable record". */
export const MANIFEST_FORMAT = 1;

/** The manifest's file name inside the run's output folder. */
export const MANIFEST_FILE = "manifest.json";

/** What a stage's code is: every source file it loads and every package version it loads. */
export interface CodeFingerprint {
  /** sha256 over `deno`, `modules` and `packages` below. */
  sha256: string;
  /** The Deno version that ran the stage. */
  deno: string;
  /** Project-relative path of every module of the stage's module graph: its sha256. */
  modules: Record<string, string>;
  /** `name@version` of every npm package the stage loads, directly or not: its lock integrity. */
  packages: Record<string, string>;
}

/** What one stage read and wrote, as of the last time it completed. */
export interface StageRecord {
  code: CodeFingerprint;
  /** Path (relative to the run's folders) of every file read: its sha256. */
  inputs: Record<string, string>;
  /** Path of every file written: its sha256. */
  outputs: Record<string, string>;
}

/** The run manifest. */
export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  /** The sha256 of the manifest's text with this value empty ("" until sealed). */
  sha256: string;
  /** True only when every stage below is up to date and the run that wrote it finished. */
  complete: boolean;
  software: { deno: string; v8: string; typescript: string };
  /** The analysis plan of the run: the sha256 of its bytes (null when it had none). */
  plan: { sha256: string } | null;
  /** Stages in pipeline order; a stage that has not completed since its inputs changed is absent. */
  stages: Record<string, StageRecord>;
}

/** The manifest's text: two-space JSON, keys in a fixed order, paths sorted, final newline. */
export function formatManifest(manifest: Manifest): string {
  const stages: Record<string, StageRecord> = {};
  for (const [name, record] of Object.entries(manifest.stages)) {
    stages[name] = {
      code: {
        sha256: record.code.sha256,
        deno: record.code.deno,
        modules: sorted(record.code.modules),
        packages: sorted(record.code.packages),
      },
      inputs: sorted(record.inputs),
      outputs: sorted(record.outputs),
    };
  }
  const ordered: Manifest = {
    format: manifest.format,
    sha256: manifest.sha256,
    complete: manifest.complete,
    software: {
      deno: manifest.software.deno,
      v8: manifest.software.v8,
      typescript: manifest.software.typescript,
    },
    plan: manifest.plan === null ? null : { sha256: manifest.plan.sha256 },
    stages,
  };
  return JSON.stringify(ordered, null, 2) + "\n";
}

/**
 * Reads a manifest's text. Throws a `TypeError` saying what was found when the text is not a
 * manifest of this format, so that the caller can treat it as absent and say why.
 */
export function parseManifest(text: string): Manifest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new TypeError(`not JSON (${error instanceof Error ? error.message : error})`);
  }
  if (!isRecord(value)) throw new TypeError("expected a JSON object");
  if (value.format !== MANIFEST_FORMAT) {
    throw new TypeError(`expected format ${MANIFEST_FORMAT} but found ${value.format}`);
  }
  if (typeof value.sha256 !== "string") throw new TypeError("expected sha256: the seal");
  if (typeof value.complete !== "boolean") throw new TypeError("expected complete: true|false");
  if (!isRecord(value.software)) throw new TypeError("expected a software object");
  if (!isRecord(value.stages)) throw new TypeError("expected a stages object");
  for (const [name, record] of Object.entries(value.stages)) {
    const ok = isRecord(record) && isRecord(record.code) &&
      typeof record.code.sha256 === "string" && isStringMap(record.code.modules) &&
      isStringMap(record.code.packages) && isStringMap(record.inputs) &&
      isStringMap(record.outputs);
    if (!ok) throw new TypeError(`stage ${name}: expected code, inputs and outputs`);
  }
  return value as unknown as Manifest;
}

/** The top-level `sha256` line of a manifest's text (nested ones are indented further). */
const SEAL = /^ {2}"sha256": "[0-9a-f]*",$/m;

/** The manifest's text, sealed: its `sha256` is that of the text with the value left empty. */
export async function sealedManifestText(manifest: Manifest): Promise<string> {
  const open = formatManifest({ ...manifest, sha256: "" });
  return open.replace(SEAL, `  "sha256": "${await sha256Hex(open)}",`);
}

/** Whether a manifest's text still carries the seal it was written with. */
export async function isSealed(text: string): Promise<boolean> {
  const found = SEAL.exec(text);
  if (found === null) return false;
  const open = text.replace(SEAL, '  "sha256": "",');
  return found[0] === `  "sha256": "${await sha256Hex(open)}",`;
}

function sorted(map: Record<string, string>): Record<string, string> {
  const keys = Object.keys(map).sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  return Object.fromEntries(keys.map((key) => [key, map[key]!]));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function isStringMap(value: unknown): value is Record<string, string> {
  return isRecord(value) && Object.values(value).every((v) => typeof v === "string");
}
