/**
 * Writes one site of an uncalibrated cohort: builds its records from the cohort plan, checks their
 * regimen texts against the vocabulary, renders its files and writes them into `<out>/<site>/`.
 * Only this site's records are held, so memory follows the largest site, not the cohort. The same
 * function runs in the main thread or in a worker (`site_worker.ts`).
 *
 * @module
 */

import { join } from "node:path";
import type { RandomCohortPlan } from "./random_plan.ts";
import { randomSiteRecords } from "./random_site.ts";
import { vocabularyProblems } from "./vocabulary_check.ts";
import { exportSite } from "./export/export_site.ts";
import type { SiteFacts } from "./export/site_facts.ts";

/** The regimen vocabulary's two files, as text. */
export interface VocabularyTexts {
  regimensCsv: string;
  classesCsv: string;
}

/** What writing one site produced: its facts for the annex, and the paths and bytes written. */
export interface WrittenSite {
  facts: SiteFacts;
  /** Paths relative to the output folder (`S07/patients.csv`). */
  paths: string[];
  bytes: number;
}

/** Writes site `site` of `plan` into `out`; throws when the vocabulary misses a regimen text. */
export async function writeRandomSite(
  plan: RandomCohortPlan,
  site: string,
  out: string,
  vocabulary: VocabularyTexts,
): Promise<WrittenSite> {
  const { records, sharedKeys } = randomSiteRecords(plan, site);
  const problems = vocabularyProblems({ records }, vocabulary.regimensCsv, vocabulary.classesCsv);
  if (problems.length > 0) {
    throw new Error(`The regimen vocabulary does not cover site ${site}: ${problems.join("; ")}`);
  }
  const layout = plan.sites.find((s) => s.site === site)!.layout;
  const { files, facts } = exportSite(site, layout, records, sharedKeys);
  await Deno.mkdir(join(out, site), { recursive: true });
  const paths: string[] = [];
  let bytes = 0;
  for (const [name, data] of files) {
    await Deno.writeFile(join(out, site, name), data);
    paths.push(`${site}/${name}`);
    bytes += data.length;
  }
  return { facts, paths, bytes };
}
