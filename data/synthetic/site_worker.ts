/**
 * A worker that writes sites of an uncalibrated cohort: it receives the cohort plan once, then one
 * site code at a time, writes that site (`write_site.ts`) and answers with what it wrote. It runs
 * with the generator's own permissions (workers inherit them): read the generator, the vocabulary
 * and the output folder, write the output folder.
 *
 * @module
 */

/// <reference lib="deno.worker" />

import type { RandomCohortPlan } from "./random_plan.ts";
import { type VocabularyTexts, writeRandomSite } from "./write_site.ts";

/** A message to the worker. */
export type SiteWorkerRequest =
  | { kind: "plan"; plan: RandomCohortPlan; out: string; vocabulary: VocabularyTexts }
  | { kind: "site"; site: string };

let context: Extract<SiteWorkerRequest, { kind: "plan" }> | undefined;

self.onmessage = async (event: MessageEvent<SiteWorkerRequest>) => {
  const request = event.data;
  if (request.kind === "plan") {
    context = request;
    return;
  }
  try {
    if (context === undefined) throw new Error("Expected the cohort plan before a site");
    const written = await writeRandomSite(
      context.plan,
      request.site,
      context.out,
      context.vocabulary,
    );
    self.postMessage({ site: request.site, written });
  } catch (error) {
    self.postMessage({
      site: request.site,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
};
