/**
 * The manifest keeper's memory during one run: the manifest as found, the stages' current code,
 * inputs and outputs (each file hashed once), and the manifest as it is being rewritten.
 *
 * Protocol, as the runner drives it: `check` a stage (is it up to date, and why not); `start` it
 * (its record is dropped and the manifest written with `complete: false` before the stage process
 * starts); `finish` it (its outputs are hashed and its record written with the inputs and code
 * seen before it started); `complete` the run (`complete: true`, only if every stage is then up to
 * date). A kill at any moment leaves either the previous manifest or one that says incomplete.
 *
 * @module
 */

import { normalize } from "node:path";
import { writeFileAtomic } from "../atomic_write.ts";
import type { RunPaths } from "../run_paths.ts";
import { codeFingerprint } from "./code_fingerprint.ts";
import { type DeclaredPath, isFolderPath, type StageDeclaration } from "./declaration.ts";
import { FileHashes, type FoundFile } from "./file_hashes.ts";
import type { DenoLock } from "./locked_packages.ts";
import {
  type CodeFingerprint,
  isSealed,
  type Manifest,
  MANIFEST_FILE,
  MANIFEST_FORMAT,
  parseManifest,
  sealedManifestText,
  type StageRecord,
} from "./manifest.ts";
import { type Reason, type StageState, staleness } from "./staleness.ts";

/** What the keeper found when it opened the run's manifest. */
export interface ManifestStatus {
  /** "present", "absent", or why the file could not be used. */
  manifest: "present" | "absent" | `unusable: ${string}`;
  /** Whether the manifest as found says its run completed. */
  complete: boolean;
  /** Temporary siblings left by interrupted writes where this run writes. */
  partials: string[];
}

/** The run's manifest path: `<out>/manifest.json`. */
export function manifestPath(paths: RunPaths): string {
  return `${paths.out}/${MANIFEST_FILE}`;
}

/** The manifest keeper's state for one run. */
export class RunRecord {
  readonly paths: RunPaths;
  readonly stages: StageDeclaration[];
  readonly hashes = new FileHashes();
  #status: ManifestStatus;
  #text: string | undefined;
  #records: Record<string, StageRecord>;
  #complete: boolean;
  #code = new Map<string, Promise<CodeFingerprint>>();
  /** Module sources, read once for all stages (most share `_shared/`). */
  #sources = new Map<string, Promise<Uint8Array>>();
  #checked = new Map<string, StageState>();
  /** The record and completeness as they were when a stage started (restored if it fails clean). */
  #started = new Map<string, { record: StageRecord | undefined; complete: boolean }>();
  /** The manifest's text when the run opened it, and whether any stage has finished since. */
  #openedText: string | undefined;
  #finished = 0;
  #project: Promise<{ imports: Record<string, string>; lock: DenoLock }> | undefined;

  private constructor(paths: RunPaths, stages: StageDeclaration[], text: string | undefined) {
    this.paths = paths;
    this.stages = stages;
    this.#text = text;
    let found: Manifest | undefined;
    let manifest: ManifestStatus["manifest"] = text === undefined ? "absent" : "present";
    if (text !== undefined) {
      try {
        found = parseManifest(text);
      } catch (error) {
        manifest = `unusable: ${error instanceof Error ? error.message : error}`;
      }
    }
    this.#records = { ...found?.stages };
    this.#complete = found?.complete ?? false;
    this.#status = { manifest, complete: this.#complete, partials: [] };
  }

  /** Reads the run's manifest (if any) and looks for temporary files left by interrupted writes. */
  static async open(paths: RunPaths, stages: StageDeclaration[]): Promise<RunRecord> {
    const text = await Deno.readTextFile(manifestPath(paths)).catch((error) => {
      // No manifest, or an output folder that is not one: the runner says so when it makes it.
      if (error instanceof Deno.errors.NotFound || error instanceof Deno.errors.NotADirectory) {
        return undefined;
      }
      throw error;
    });
    const sealed = text === undefined || await isSealed(text);
    const record = new RunRecord(paths, stages, sealed ? text : undefined);
    record.#openedText = text;
    if (!sealed) {
      record.#status.manifest =
        "unusable: its sha256 does not match its text (edited after the run?)";
      record.#text = text;
    }
    const declared = [manifestPath(paths), ...stages.flatMap((s) => s.outputs.map((o) => o.path))];
    const partials = await Promise.all(declared.map((path) => record.hashes.partials(path)));
    record.#status.partials = [...new Set(partials.flat())].sort();
    return record;
  }

  /** What was found on opening. */
  get status(): ManifestStatus {
    return this.#status;
  }

  /** The record of `name` in the manifest as it stands (undefined when absent). */
  recorded(name: string): StageRecord | undefined {
    return this.#records[name];
  }

  /** Stage `name`'s code, inputs and recorded outputs as they are now. */
  async state(name: string): Promise<StageState> {
    const stage = this.#declaration(name);
    const inputs: Record<string, FoundFile> = {};
    for (const input of stage.inputs) Object.assign(inputs, await this.hashes.files(input));
    const outputs: Record<string, FoundFile> = {};
    for (const template of Object.keys(this.#records[name]?.outputs ?? {})) {
      const path = machinePath(template, stage.outputs);
      const sha256 = path === undefined ? null : await this.hashes.hash(path);
      outputs[template] = { path: path ?? template, sha256 };
    }
    return { code: await this.#fingerprint(stage.module), inputs, outputs };
  }

  /** Why stage `name` is stale (empty when it is up to date); remembers what it saw. */
  async check(name: string): Promise<Reason[]> {
    const state = await this.state(name);
    this.#checked.set(name, state);
    return staleness(this.#records[name], state);
  }

  /** Drops stage `name`'s record and writes the manifest as incomplete, before the stage runs. */
  async start(name: string): Promise<void> {
    if (!this.#checked.has(name)) await this.check(name);
    this.#started.set(name, { record: this.#records[name], complete: this.#complete });
    delete this.#records[name];
    this.#complete = false;
    await this.#write();
  }

  /**
   * Records stage `name` as it has just completed: the code and inputs it started from, and the
   * files it wrote (`written`, as the stage reported them; without that list, every file found
   * where it writes).
   */
  async finish(name: string, written?: string[]): Promise<void> {
    const stage = this.#declaration(name);
    const before = this.#checked.get(name);
    if (before === undefined) throw new Error(`stage ${name} finished but was never checked`);
    for (const output of stage.outputs) this.hashes.forget(output.path);
    const found: Record<string, FoundFile> = {};
    for (const output of stage.outputs) Object.assign(found, await this.hashes.files(output));
    const wrote = written === undefined ? undefined : new Set(written.map((p) => normalize(p)));
    const outputs: Record<string, string> = {};
    for (const [template, file] of Object.entries(found)) {
      if (file.sha256 === null || (wrote && !wrote.has(normalize(file.path)))) continue;
      outputs[template] = file.sha256;
    }
    const inputs: Record<string, string> = {};
    for (const [template, file] of Object.entries(before.inputs)) {
      if (file.sha256 !== null) inputs[template] = file.sha256;
    }
    this.#records[name] = { code: before.code, inputs, outputs };
    this.#checked.delete(name);
    this.#finished += 1;
    await this.#write();
  }

  /**
   * Stage `name` failed. When it left every output exactly as recorded before it started (a stage
   * that refuses its input writes nothing), the manifest is put back as it was, byte for byte:
   * the outputs it describes did not change. Otherwise the record stays dropped and the run
   * incomplete.
   */
  async fail(name: string): Promise<void> {
    const before = this.#started.get(name);
    this.#started.delete(name);
    this.#checked.delete(name);
    if (before?.record === undefined) return;
    const stage = this.#declaration(name);
    for (const output of stage.outputs) this.hashes.forget(output.path);
    const found: Record<string, string | null> = {};
    for (const output of stage.outputs) {
      for (const [template, file] of Object.entries(await this.hashes.files(output))) {
        found[template] = file.sha256;
      }
    }
    const recorded = before.record.outputs;
    const present = Object.entries(found).filter(([, sha]) => sha !== null);
    const unchanged = present.length === Object.keys(recorded).length &&
      present.every(([template, sha]) => recorded[template] === sha);
    if (!unchanged) return;
    this.#records[name] = before.record;
    this.#complete = before.complete;
    if (this.#finished === 0 && this.#openedText !== undefined) {
      // Nothing of this run changed any output: the manifest as found still describes them.
      if (this.#text !== this.#openedText) {
        await writeFileAtomic(manifestPath(this.paths), this.#openedText);
        this.#text = this.#openedText;
      }
      return;
    }
    await this.#write();
  }

  /**
   * Marks the run complete when every stage is up to date, and writes the manifest if that changed
   * it. Returns the stages still stale (empty when the run is complete).
   */
  async complete(): Promise<string[]> {
    const stale: string[] = [];
    for (const stage of this.stages) {
      if (staleness(this.#records[stage.name], await this.state(stage.name)).length > 0) {
        stale.push(stage.name);
      }
    }
    this.#complete = stale.length === 0;
    await this.#write();
    return stale;
  }

  /** The manifest as it stands in memory. */
  async manifest(): Promise<Manifest> {
    const plan = await this.hashes.hash(this.paths.plan);
    const stages: Record<string, StageRecord> = {};
    for (const stage of this.stages) {
      const record = this.#records[stage.name];
      if (record !== undefined) stages[stage.name] = record;
    }
    return {
      format: MANIFEST_FORMAT,
      sha256: "",
      complete: this.#complete,
      software: {
        deno: Deno.version.deno,
        v8: Deno.version.v8,
        typescript: Deno.version.typescript,
      },
      plan: plan === null ? null : { sha256: plan },
      stages,
    };
  }

  async #write(): Promise<void> {
    const text = await sealedManifestText(await this.manifest());
    if (text === this.#text) return;
    await writeFileAtomic(manifestPath(this.paths), text);
    this.#text = text;
  }

  #declaration(name: string): StageDeclaration {
    const stage = this.stages.find((s) => s.name === name);
    if (stage === undefined) throw new RangeError(`unknown stage "${name}"`);
    return stage;
  }

  #source(path: string): Promise<Uint8Array> {
    let known = this.#sources.get(path);
    if (known === undefined) {
      known = Deno.readFile(path);
      this.#sources.set(path, known);
    }
    return known;
  }

  #fingerprint(module: string): Promise<CodeFingerprint> {
    let known = this.#code.get(module);
    if (known === undefined) {
      this.#project ??= readProject();
      known = this.#project.then(({ imports, lock }) =>
        codeFingerprint(module, {
          readFile: (path) => this.#source(path),
          imports,
          lock,
          deno: Deno.version.deno,
        })
      );
      this.#code.set(module, known);
    }
    return known;
  }
}

/** `deno.json`'s imports and `deno.lock`, from the project root. */
async function readProject(): Promise<{ imports: Record<string, string>; lock: DenoLock }> {
  const config = JSON.parse(await Deno.readTextFile("deno.json"));
  const lock = await Deno.readTextFile("deno.lock").then(JSON.parse, (error) => {
    if (error instanceof Deno.errors.NotFound) return {};
    throw error;
  });
  return { imports: config.imports ?? {}, lock };
}

/** The machine path of a recorded path, through the declared output it falls under. */
export function machinePath(template: string, declared: DeclaredPath[]): string | undefined {
  for (const output of declared) {
    if (output.template === template) return output.path;
    if (isFolderPath(output.template) && template.startsWith(output.template)) {
      return output.path + template.slice(output.template.length);
    }
  }
  return undefined;
}
