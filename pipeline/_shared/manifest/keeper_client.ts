/**
 * The runner's side of the manifest keeper: starts it with exactly the permissions it needs, asks
 * it questions, and closes it. Also used read-only by `deno task verify`.
 *
 * @module
 */

import { permissionList } from "../permission_list.ts";
import { dirname } from "node:path";
import { temporarySibling } from "../atomic_write.ts";
import type { RunPaths } from "../run_paths.ts";
import { isFolderPath, type StageDeclaration } from "./declaration.ts";
import type { KeeperRequest } from "./keeper.ts";
import { readJsonLines } from "./json_lines.ts";
import { manifestPath } from "./run_record.ts";

const KEEPER_MODULE = "pipeline/_shared/manifest/keeper.ts";

/** The code the keeper fingerprints: the pipeline, each stage's folder, the config and lock. */
function codeReads(stages: StageDeclaration[]): string[] {
  return ["pipeline/", ...stages.map((s) => `${dirname(s.module)}/`), "deno.json", "deno.lock"];
}

/**
 * The keeper's permission flags: read what it hashes (code, every declared input and output and
 * the temporary siblings it looks for, the plan, the manifest); write only the manifest, and only
 * when `write` (verify reads only).
 */
export function keeperFlags(
  stages: StageDeclaration[],
  paths: RunPaths,
  options: { write: boolean },
): string[] {
  const manifest = manifestPath(paths);
  const manifestFiles = [manifest, temporarySibling(manifest)];
  const outputs = stages.flatMap((s) => s.outputs.map((o) => o.path));
  const reads = [
    ...codeReads(stages),
    ...stages.flatMap((s) => s.inputs.map((i) => i.path)),
    ...outputs,
    ...outputs.filter((o) => !isFolderPath(o)).map(temporarySibling),
    paths.plan,
    ...manifestFiles,
  ];
  const flags = ["--no-prompt", `--allow-read=${permissionList(reads)}`];
  if (options.write) flags.push(`--allow-write=${permissionList(manifestFiles)}`);
  return flags;
}

/** A permission flag's list of paths; Deno cannot escape a comma inside one. */
/** A running manifest keeper. */
export class ManifestKeeper {
  readonly #child: Deno.ChildProcess;
  readonly #writer: WritableStreamDefaultWriter<Uint8Array>;
  readonly #answers: AsyncGenerator<unknown>;
  /** Settles when the keeper process ends, for whatever reason. */
  readonly exited: Promise<Deno.CommandStatus>;

  private constructor(child: Deno.ChildProcess) {
    this.#child = child;
    this.#writer = child.stdin.getWriter();
    this.#answers = readJsonLines(child.stdout);
    this.exited = child.status;
  }

  /** Starts a keeper for the run of `stages` in `paths` and opens the run's manifest. */
  static async start(
    stages: StageDeclaration[],
    paths: RunPaths,
    options: { write: boolean },
  ): Promise<{ keeper: ManifestKeeper; status: unknown }> {
    const child = new Deno.Command("deno", {
      args: ["run", ...keeperFlags(stages, paths, options), KEEPER_MODULE],
      stdin: "piped",
      stdout: "piped",
      stderr: "inherit",
    }).spawn();
    const keeper = new ManifestKeeper(child);
    try {
      return { keeper, status: await keeper.request({ op: "open", paths, stages }) };
    } catch (error) {
      await keeper.close();
      throw error;
    }
  }

  /** Sends `request` and returns the keeper's answer; throws its error. */
  async request(request: KeeperRequest): Promise<unknown> {
    try {
      await this.#writer.write(new TextEncoder().encode(JSON.stringify(request) + "\n"));
    } catch {
      throw new Error(`the manifest keeper ended before "${request.op}" (see its message above)`);
    }
    const { value, done } = await this.#answers.next();
    if (done) {
      throw new Error(`the manifest keeper ended before answering "${request.op}"`);
    }
    const answer = value as { ok: boolean; value?: unknown; error?: string };
    if (!answer.ok) throw new Error(`manifest keeper, on "${request.op}": ${answer.error}`);
    return answer.value;
  }

  /** Ends the keeper (its stdin closes) and waits for it. */
  async close(): Promise<void> {
    await this.#writer.close().catch(() => {});
    try {
      for await (const _ of this.#answers) {
        // Drains what is left, so the pipe closes.
      }
    } catch {
      // A keeper killed mid-answer leaves half a line: nothing to read from it.
    }
    await this.exited;
  }
}
