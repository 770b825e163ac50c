/**
 * The generator's process: builds a cohort (the calibrated one, or an uncalibrated one of any size)
 * and writes its raw exports into the output folder. Started by `main.ts` with permission to read
 * the generator, the vocabulary and the output folder, and to write the output folder only.
 *
 * Usage: `deno run ... generate.ts --out DIR [--seed N --patients P --sites S]`
 *
 * Old files it owns are removed: files in a site folder that this run does not write, and site
 * folders (`S01`, `S02`, ...) of a previous, larger cohort. Nothing else in the folder is touched.
 *
 * @module
 */

import { join } from "node:path";
import { calibratedCohort } from "./calibrated/cohort.ts";
import { exportCohort } from "./export/export_cohort.ts";
import { parseSynthArgs } from "./synth_args.ts";
import { randomCohort } from "./random_cohort.ts";
import { vocabularyProblems } from "./vocabulary_check.ts";

const VOCABULARY = new URL("../vocabulary/", import.meta.url);
const SITE_FOLDER = /^S\d{2,}$/;

/** Generates and writes; returns the number of files and bytes written. */
export async function generate(args: string[]): Promise<{ files: number; bytes: number }> {
  const options = parseSynthArgs(args);
  const cohort = options.calibrated
    ? calibratedCohort()
    : randomCohort(options.seed, options.patients, options.sites);
  const problems = vocabularyProblems(
    cohort,
    await Deno.readTextFile(new URL("regimens.csv", VOCABULARY)),
    await Deno.readTextFile(new URL("regimen-classes.csv", VOCABULARY)),
  );
  if (problems.length > 0) {
    throw new Error(`The regimen vocabulary does not cover the exports: ${problems.join("; ")}`);
  }
  const files = exportCohort(cohort);
  await Deno.mkdir(options.out, { recursive: true });
  await removeStale(options.out, files);
  let bytes = 0;
  for (const [path, data] of files) {
    await Deno.mkdir(join(options.out, path, ".."), { recursive: true });
    await Deno.writeFile(join(options.out, path), data);
    bytes += data.length;
  }
  return { files: files.size, bytes };
}

async function removeStale(out: string, files: ReadonlyMap<string, unknown>): Promise<void> {
  const sites = new Set(
    [...files.keys()].filter((p) => p.includes("/")).map((p) => p.split("/")[0]!),
  );
  for await (const entry of Deno.readDir(out)) {
    if (!entry.isDirectory || !SITE_FOLDER.test(entry.name)) continue;
    if (!sites.has(entry.name)) {
      await Deno.remove(join(out, entry.name), { recursive: true });
      continue;
    }
    for await (const file of Deno.readDir(join(out, entry.name))) {
      if (!files.has(`${entry.name}/${file.name}`)) {
        await Deno.remove(join(out, entry.name, file.name), { recursive: true });
      }
    }
  }
}

if (import.meta.main) {
  const started = performance.now();
  const { files, bytes } = await generate(Deno.args);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`wrote ${files} files (${bytes} bytes) in ${seconds} s`);
}
