/**
 * Writes one site of an uncalibrated cohort into `<out>/<site>/`: builds its records from the
 * cohort plan a batch at a time, checks their regimen texts against the vocabulary, and appends
 * each batch's rendered bytes to the site's files as they come. Only a batch of records is held
 * (and, for a workbook, its cell values until it is zipped), so memory does not grow with the
 * site. The same function runs in the main thread or in a worker (`site_worker.ts`).
 *
 * @module
 */

import { join } from "node:path";
import type { RandomCohortPlan } from "./random_plan.ts";
import { randomSharedKeys, randomSiteBatches } from "./random_site.ts";
import { vocabularyProblems } from "./vocabulary_check.ts";
import { siteExporter } from "./export/export_site.ts";
import type { FileChunk } from "./export/file_writers.ts";
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
  const layout = plan.sites.find((s) => s.site === site)!.layout;
  const exporter = siteExporter(site, layout, randomSharedKeys(plan, site));
  await Deno.mkdir(join(out, site), { recursive: true });
  const files = new Map<string, Deno.FsFile>();
  let bytes = 0;
  const append = async (chunks: FileChunk[]) => {
    for (const [name, data] of chunks) {
      let file = files.get(name);
      if (file === undefined) {
        file = await Deno.open(join(out, site, name), {
          write: true,
          create: true,
          truncate: true,
        });
        files.set(name, file);
      }
      for (let written = 0; written < data.length;) {
        written += await file.write(data.subarray(written));
      }
      bytes += data.length;
    }
  };
  try {
    for (const records of randomSiteBatches(plan, site)) {
      const problems = vocabularyProblems(
        { records },
        vocabulary.regimensCsv,
        vocabulary.classesCsv,
      );
      if (problems.length > 0) {
        throw new Error(
          `The regimen vocabulary does not cover site ${site}: ${problems.join("; ")}`,
        );
      }
      await append(exporter.add(records));
    }
    const { chunks, facts } = exporter.finish();
    await append(chunks);
    return { facts, paths: [...files.keys()].map((name) => `${site}/${name}`), bytes };
  } finally {
    for (const file of files.values()) file.close();
  }
}
