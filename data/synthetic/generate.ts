/**
 * The generator's process: builds a cohort (the calibrated one, or an uncalibrated one of any size)
 * and writes its raw exports into the output folder. Started by `main.ts` with permission to read
 * the generator, the vocabulary and the output folder, and to write the output folder only.
 *
 * Usage: `deno run ... generate.ts --out DIR [--seed N --patients P --sites S [--workers W]]`
 *
 * The calibrated cohort (55 patients) is built whole and written. An uncalibrated cohort is
 * planned (`random_plan.ts`: site sizes and plants, a few numbers per site) and then written site
 * by site, by `--workers` workers, each holding one site at a time; the annex is assembled from the
 * sites' facts at the end. Memory therefore follows the largest site, not the cohort.
 *
 * Old files it owns are removed: files in a site folder that this run does not write, and site
 * folders (`S01`, `S02`, ...) of a previous, larger cohort. Nothing else in the folder is touched.
 *
 * @module
 */

import { join } from "node:path";
import { calibratedCohort } from "./calibrated/cohort.ts";
import { exportCohort } from "./export/export_cohort.ts";
import { annex } from "./export/annex.ts";
import { parseSynthArgs, type SynthOptions } from "./synth_args.ts";
import { planRandomCohort } from "./random_plan.ts";
import { vocabularyProblems } from "./vocabulary_check.ts";
import type { VocabularyTexts } from "./write_site.ts";
import { writeSites } from "./write_sites.ts";

const VOCABULARY = new URL("../vocabulary/", import.meta.url);
const SITE_FOLDER = /^S\d{2,}$/;
/** Below this many patients, starting workers costs more than it saves. */
const WORKERS_FROM = 5_000;

/** Generates and writes; returns the number of files and bytes written. */
export async function generate(args: string[]): Promise<{ files: number; bytes: number }> {
  const options = parseSynthArgs(args);
  const vocabulary: VocabularyTexts = {
    regimensCsv: await Deno.readTextFile(new URL("regimens.csv", VOCABULARY)),
    classesCsv: await Deno.readTextFile(new URL("regimen-classes.csv", VOCABULARY)),
  };
  await Deno.mkdir(options.out, { recursive: true });
  const written = options.calibrated
    ? await writeCalibrated(options.out, vocabulary)
    : await writeUncalibrated(options, vocabulary);
  await removeStale(options.out, new Set(written.paths));
  return { files: written.paths.length, bytes: written.bytes };
}

async function writeCalibrated(
  out: string,
  vocabulary: VocabularyTexts,
): Promise<{ paths: string[]; bytes: number }> {
  const cohort = calibratedCohort();
  const problems = vocabularyProblems(cohort, vocabulary.regimensCsv, vocabulary.classesCsv);
  if (problems.length > 0) {
    throw new Error(`The regimen vocabulary does not cover the exports: ${problems.join("; ")}`);
  }
  const files = exportCohort(cohort);
  let bytes = 0;
  for (const [path, data] of files) {
    await Deno.mkdir(join(out, path, ".."), { recursive: true });
    await Deno.writeFile(join(out, path), data);
    bytes += data.length;
  }
  return { paths: [...files.keys()], bytes };
}

async function writeUncalibrated(
  options: Extract<SynthOptions, { calibrated: false }>,
  vocabulary: VocabularyTexts,
): Promise<{ paths: string[]; bytes: number }> {
  const plan = planRandomCohort(options.seed, options.patients, options.sites);
  const workers = options.workers ??
    (options.patients >= WORKERS_FROM ? Math.min(2, navigator.hardwareConcurrency) : 1);
  const sites = await writeSites(plan, options.out, vocabulary, workers);
  const readme = new TextEncoder().encode(
    annex({ seed: options.seed, calibrated: false, sites: sites.map((s) => s.facts) }),
  );
  await Deno.writeFile(join(options.out, "README.md"), readme);
  return {
    paths: [...sites.flatMap((s) => s.paths), "README.md"],
    bytes: sites.reduce((sum, s) => sum + s.bytes, readme.length),
  };
}

/** Removes site files and site folders under `out` that this run did not write. */
async function removeStale(out: string, written: ReadonlySet<string>): Promise<void> {
  const sites = new Set([...written].filter((p) => p.includes("/")).map((p) => p.split("/")[0]!));
  for await (const entry of Deno.readDir(out)) {
    if (!entry.isDirectory || !SITE_FOLDER.test(entry.name)) continue;
    if (!sites.has(entry.name)) {
      await Deno.remove(join(out, entry.name), { recursive: true });
      continue;
    }
    for await (const file of Deno.readDir(join(out, entry.name))) {
      if (!written.has(`${entry.name}/${file.name}`)) {
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
