/**
 * Writes every site of an uncalibrated cohort, in the main thread or spread over workers. Each
 * site's bytes depend only on the seed, the plan and the site (`random_site.ts`), so the files are
 * the same whatever the number of workers and whichever finishes first; the results are returned
 * in site order for the annex.
 *
 * @module
 */

import type { RandomCohortPlan } from "./random_plan.ts";
import type { SiteWorkerRequest } from "./site_worker.ts";
import { type VocabularyTexts, writeRandomSite, type WrittenSite } from "./write_site.ts";

/** Writes the sites of `plan` into `out` with `workers` workers (1: in this thread). */
export async function writeSites(
  plan: RandomCohortPlan,
  out: string,
  vocabulary: VocabularyTexts,
  workers: number,
): Promise<WrittenSite[]> {
  const sites = plan.sites.map((s) => s.site);
  if (workers <= 1 || sites.length === 1) {
    const written: WrittenSite[] = [];
    for (const site of sites) written.push(await writeRandomSite(plan, site, out, vocabulary));
    return written;
  }
  const results = new Map<string, WrittenSite>();
  const queue = [...sites];
  const pool = Array.from(
    { length: Math.min(workers, sites.length) },
    () => new Worker(new URL("./site_worker.ts", import.meta.url), { type: "module" }),
  );
  try {
    await Promise.all(
      pool.map((worker) => drain(worker, queue, results, { plan, out, vocabulary })),
    );
  } finally {
    for (const worker of pool) worker.terminate();
  }
  return sites.map((site) => results.get(site)!);
}

/** Gives `worker` the plan, then sites from `queue` one at a time until the queue is empty. */
function drain(
  worker: Worker,
  queue: string[],
  results: Map<string, WrittenSite>,
  context: { plan: RandomCohortPlan; out: string; vocabulary: VocabularyTexts },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const next = () => {
      const site = queue.shift();
      if (site === undefined) return resolve();
      worker.postMessage({ kind: "site", site } satisfies SiteWorkerRequest);
    };
    worker.onmessage = (
      event: MessageEvent<{ site: string; written?: WrittenSite; error?: string }>,
    ) => {
      const { site, written, error } = event.data;
      if (written === undefined) {
        queue.length = 0;
        return reject(new Error(`Writing site ${site} failed: ${error}`));
      }
      results.set(site, written);
      next();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      queue.length = 0;
      reject(new Error(`A site worker failed: ${event.message}`));
    };
    worker.postMessage({ kind: "plan", ...context } satisfies SiteWorkerRequest);
    next();
  });
}
