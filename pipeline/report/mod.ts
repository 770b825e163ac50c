/**
 * Report stage: renders every table and text from the numbers the statistics stage computed.
 *
 * Inputs: `outputs/stats.json` (statistics stage), `outputs/figures/index.json` and the figure
 * files (figures stage: each figure with its caption), `outputs/data-quality.json` and the
 * analysis datasets (derive stage), the analysis plan, the regimen labels, and the transcription
 * of the abstract in `data/reference/abstract-claims.json`.
 * Outputs: the tables in `outputs/tables/` (Markdown and CSV), `outputs/results.md`,
 * `outputs/report.html` (one self-contained page: results, tables, figures, certificate, data
 * quality, run summary, and the lineage of every printed number down to the raw rows),
 * `outputs/number-index.json` (every printed number with its stats.json id),
 * `outputs/data-quality.md`, and the certificate `outputs/reproduction.md` and `.json`.
 * Decisions: nothing is computed here; every number is read by id (a missing id stops the stage),
 * every method word follows the plan. The stage writes every output, then fails, naming each
 * claim, when any claim is not reproduced, so that `deno task all` exits non-zero on a cohort that
 * does not reproduce the publication.
 *
 * @module
 */

import { readAnalysisPlan } from "../_shared/analysis_plan.ts";
import { writeFileAtomic, writeJsonAtomic } from "../_shared/atomic_write.ts";
import type { FigureEntry } from "../_shared/contracts/figures.ts";
import type { Quality } from "../_shared/contracts/quality.ts";
import type { Statistics } from "../_shared/contracts/stats.ts";
import { readRegimenLabels } from "../_shared/regimen_classes.ts";
import { PipelineError, runStageProcess } from "../_shared/stage.ts";
import { populationsOfStatistics, scanPopulations } from "../_shared/lineage/scan_datasets.ts";
import { type FigureFile, figureFileKind } from "./html/figure_image.ts";
import { MAX_EMBEDDED_RECORDS } from "./html/lineage_data.ts";
import { renderReport } from "./render_report.ts";
import { runContext } from "./run_context.ts";
import {
  CLAIMS,
  CODE_FILES,
  COMMITTED_PLAN,
  LOCK_FILE,
  PAGE_SCRIPT,
  PAGE_STYLE,
  reportStage,
} from "./spec.ts";

/** Every source file of the pipeline and the dependency files, with their bytes. */
async function readCode(): Promise<{ path: string; bytes: Uint8Array }[]> {
  const files: { path: string; bytes: Uint8Array }[] = [];
  async function walk(folder: string): Promise<void> {
    for await (const entry of Deno.readDir(folder)) {
      const path = `${folder}/${entry.name}`;
      if (entry.isDirectory) await walk(path);
      else if (entry.isFile) files.push({ path, bytes: await Deno.readFile(path) });
    }
  }
  for (const path of CODE_FILES) {
    if (path.endsWith("/")) await walk(path.slice(0, -1));
    else files.push({ path, bytes: await Deno.readFile(path) });
  }
  return files;
}

/** Each figure file of the index: SVG as text, other images as bytes. */
async function readFigureFiles(
  folder: string,
  figures: readonly FigureEntry[],
): Promise<Record<string, FigureFile>> {
  const files: Record<string, FigureFile> = {};
  for (const { file } of figures) {
    const path = `${folder}/${file}`;
    files[file] = figureFileKind(file) === "svg"
      ? { kind: "svg", text: await Deno.readTextFile(path) }
      : { kind: "bytes", bytes: await Deno.readFile(path) };
  }
  return files;
}

if (import.meta.main) {
  await runStageProcess(reportStage, async (paths) => {
    const readJson = async (path: string) => JSON.parse(await Deno.readTextFile(path));
    const plan = await readAnalysisPlan(paths.plan);
    const figures = await readJson(`${paths.out}/figures/index.json`) as FigureEntry[];
    const stats = await readJson(`${paths.out}/stats.json`) as Statistics;
    const report = renderReport({
      stats,
      plan,
      labels: await readRegimenLabels(),
      quality: await readJson(`${paths.out}/data-quality.json`) as Quality,
      figures,
      figureFiles: await readFigureFiles(`${paths.out}/figures`, figures),
      populations: await scanPopulations(
        paths.out,
        populationsOfStatistics(stats),
        MAX_EMBEDDED_RECORDS,
      ),
      page: {
        style: await Deno.readTextFile(PAGE_STYLE),
        script: await Deno.readTextFile(PAGE_SCRIPT),
      },
      transcription: await readJson(CLAIMS),
      software: { lock: await Deno.readTextFile(LOCK_FILE), deno: Deno.version },
      context: runContext(
        await Deno.readTextFile(paths.plan),
        await Deno.readTextFile(COMMITTED_PLAN),
        await readCode(),
      ),
    });
    for (const [file, text] of Object.entries(report.files)) {
      await writeFileAtomic(`${paths.out}/${file}`, text);
    }
    await writeJsonAtomic(`${paths.out}/number-index.json`, report.numberIndex);
    const failed = report.checks.filter((c) => !c.match);
    if (failed.length > 0 && plan.certificate === "enforce") {
      const lines = failed.map((c) =>
        `  - ${c.id}: published ${c.published}, reproduced ${c.reproduced ?? "missing"} ` +
        `(${c.statistic})`
      );
      throw new PipelineError(
        `${failed.length} of ${report.checks.length} claims of the abstract are not reproduced ` +
          `(every output was written; see ${paths.out}/reproduction.md):\n${lines.join("\n")}\n` +
          'For another cohort or a sensitivity analysis, set "certificate": "record" in the ' +
          "analysis plan: the certificate still records every claim and the run ends with exit 0.",
      );
    }
    return { rowsRead: report.checks.length, rowsWritten: Object.keys(report.files).length };
  });
}
