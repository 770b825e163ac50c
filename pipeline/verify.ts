/**
 * `deno task verify`: checks a run's outputs against its manifest without rerunning anything.
 *
 *     deno task verify [--out DIR] [--raw DIR] [--interim DIR] [--plan FILE]
 *
 * Every recorded input and output is hashed again and each stage's code fingerprinted again; the
 * task exits 0 only when everything matches and the manifest says its run completed, and
 * otherwise (exit 1) lists each modified, missing or stale file and the task that brings it up to
 * date; exit 2 when it could not check (for example a folder name Deno cannot grant).
 * This process may only start `deno`: the hashing runs in a process that may read exactly the
 * run's declared files and code, and write nothing.
 *
 * @module
 */

import { parseArgs } from "node:util";
import { declareStage } from "./_shared/manifest/declaration.ts";
import { ManifestKeeper } from "./_shared/manifest/keeper_client.ts";
import type { Verification } from "./_shared/manifest/verification.ts";
import { verificationText, verified } from "./_shared/manifest/verification_text.ts";
import { RUN_PATH_OPTIONS, runPathsFrom } from "./_shared/run_paths.ts";
import type { StageSpec } from "./_shared/stage.ts";
import { STAGES } from "./stages.ts";

/** Verifies the run `args` name; prints the report; returns the exit code (0 verified, 1 not). */
export async function main(args: string[], stages: StageSpec[] = STAGES): Promise<number> {
  const { values } = parseArgs({ args, options: RUN_PATH_OPTIONS, strict: true });
  const paths = runPathsFrom(values);
  const declarations = stages.map((stage) => declareStage(stage, paths));
  const { keeper } = await ManifestKeeper.start(declarations, paths, { write: false });
  let verification: Verification;
  try {
    verification = await keeper.request({ op: "verify" }) as Verification;
  } finally {
    await keeper.close();
  }
  for (const line of verificationText(verification, paths)) console.log(line);
  return verified(verification) ? 0 : 1;
}

if (import.meta.main) {
  Deno.exit(
    await main(Deno.args).catch((error) => {
      console.error(`deno task verify: ${error instanceof Error ? error.message : error}`);
      return 2;
    }),
  );
}
