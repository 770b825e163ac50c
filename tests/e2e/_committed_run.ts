/**
 * One run of the whole pipeline on the committed data, into a temporary folder, shared by every
 * test of the suite that needs one (the suite runs in one process, so the run happens once).
 */

import { type PipelineRun, runPipelineProcess } from "./_pipeline.ts";

/** A finished run and where it wrote. */
export interface CommittedRun extends PipelineRun {
  folder: string;
  out: string;
  interim: string;
}

let started: Promise<CommittedRun> | undefined;

/** The shared run of the committed data (started by the first caller). */
export function committedRun(): Promise<CommittedRun> {
  started ??= (async () => {
    const folder = await Deno.makeTempDir({ prefix: "committed-run-" });
    const out = `${folder}/out`;
    const interim = `${folder}/interim`;
    const run = await runPipelineProcess(["--out", out, "--interim", interim]);
    return { ...run, folder, out, interim };
  })();
  return started;
}
