/**
 * Report stage: the Markdown Results section and the reproduction certificate.
 *
 * Inputs: `outputs/stats.json` and `outputs/tables/` (statistics stage), `outputs/figures/`
 * (figures stage, whose `index.json` lists each figure and its caption),
 * `outputs/data-quality.json` (derive stage), the analysis plan, the regimen labels, and the
 * transcription of the abstract in `data/reference/abstract-claims.json`.
 * Outputs: `outputs/results.md`, `outputs/reproduction.md`, `outputs/reproduction.json`.
 * The stage writes every output, then fails, naming each claim, when any claim is not reproduced,
 * so that `deno task all` exits non-zero on a cohort that does not reproduce the publication.
 *
 * @module
 */

import { readAnalysisPlan } from "../_shared/analysis_plan.ts";
import { writeFileAtomic } from "../_shared/atomic_write.ts";
import { PipelineError, runStageProcess } from "../_shared/stage.ts";
import type { Statistics } from "../statistics/compute.ts";
import { readRegimenLabels } from "../_shared/regimen_classes.ts";
import { checkClaims, parseClaims } from "./claims.ts";
import { certificateJson, certificateMarkdown } from "./certificate.ts";
import { renderResults } from "./results_document.ts";
import { screeningFrom } from "./screening.ts";
import { CLAIMS, reportStage, TABLES } from "./spec.ts";

if (import.meta.main) {
  await runStageProcess(reportStage, async (paths) => {
    const stats = JSON.parse(await Deno.readTextFile(`${paths.out}/stats.json`)) as Statistics;
    const plan = await readAnalysisPlan(paths.plan);
    const labels = await readRegimenLabels();
    const quality = JSON.parse(await Deno.readTextFile(`${paths.out}/data-quality.json`));
    const figures = JSON.parse(await Deno.readTextFile(`${paths.out}/figures/index.json`));
    const tables = await Promise.all(
      TABLES.map((t) => Deno.readTextFile(`${paths.out}/tables/${t}.md`)),
    );
    const transcription = JSON.parse(await Deno.readTextFile(CLAIMS));
    const checks = checkClaims(parseClaims(transcription, CLAIMS), stats);
    const source = transcription.source as string;

    const results = renderResults({
      stats,
      plan,
      labels,
      screening: screeningFrom(quality),
      tables,
      figures,
      checks,
    });
    await writeFileAtomic(`${paths.out}/results.md`, results);
    await writeFileAtomic(`${paths.out}/reproduction.md`, certificateMarkdown(checks, source));
    await writeFileAtomic(`${paths.out}/reproduction.json`, certificateJson(checks, source));

    const failed = checks.filter((c) => !c.match);
    if (failed.length > 0) {
      const lines = failed.map((c) =>
        `  - ${c.id}: published ${c.published}, reproduced ${c.reproduced ?? "missing"} ` +
        `(${c.statistic})`
      );
      throw new PipelineError(
        `${failed.length} of ${checks.length} claims of the abstract are not reproduced ` +
          `(every output was written; see ${paths.out}/reproduction.md):\n${lines.join("\n")}`,
      );
    }
    return { rowsRead: checks.length, rowsWritten: checks.length };
  });
}
