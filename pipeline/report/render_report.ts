/**
 * The report stage's pure core: from the statistics, the plan, the figures' index and files, the
 * analysis datasets, the data-quality record and the abstract's transcription to the text of
 * every file the stage writes (the HTML report among them), and the index of every printed number.
 *
 * @module
 */

import type { AnalysisPlan } from "../_shared/analysis_plan.ts";
import type { FigureEntry } from "../_shared/contracts/figures.ts";
import type { Quality } from "../_shared/contracts/quality.ts";
import { lookupStatistic, type Statistics } from "../_shared/contracts/stats.ts";
import { definitionOf } from "../_shared/contracts/stats_ids.ts";
import type { PopulationSource } from "../_shared/lineage/populations.ts";
import { numberSource } from "../_shared/prose/numbers.ts";
import type { RegimenLabels } from "../_shared/regimen_classes.ts";
import { PipelineError } from "../_shared/stage.ts";
import { certificateJson, certificateMarkdown } from "./certificate.ts";
import { checkClaims, type ClaimCheck, parseClaims } from "./claims.ts";
import { dataQualityParts, renderDataQuality } from "./data_quality.ts";
import { renderMarkdown, tableMarkdown } from "./document/markdown.ts";
import { type IndexedNumber, indexNumbers } from "./document/number_index.ts";
import { tableCsv } from "./document/table_csv.ts";
import { type FigureFile, figureImages } from "./html/figure_image.ts";
import { lineageData } from "./html/lineage_data.ts";
import { renderHtmlReport } from "./html/render_html.ts";
import { resultsDocument } from "./results_document.ts";
import type { RunContext } from "./run_context.ts";
import { runSummary } from "./run_summary.ts";
import { softwareStatement } from "./software_statement.ts";
import { staleSettings } from "./stale_settings.ts";
import { baselineTable } from "./tables/baseline_table.ts";
import { comparativeTable } from "./tables/comparative_table.ts";
import { lineTable, regimenTable } from "./tables/response_tables.ts";
import {
  landmarkTable,
  medianMethodsTable,
  sensitivityTable,
} from "./tables/supplementary_tables.ts";

/** What the report is made from. */
export interface ReportInput {
  stats: Statistics;
  plan: AnalysisPlan;
  labels: RegimenLabels;
  quality: Quality;
  figures: FigureEntry[];
  /** The content of each figure file of `figures`, by file name, for the HTML report. */
  figureFiles: Record<string, FigureFile>;
  /**
   * The records behind each statistic, for the numbers' lineage: at least the population of every
   * id of `stats` with a catalogue entry.
   */
  populations: PopulationSource;
  /** The HTML report's stylesheet and script. */
  page: { style: string; script: string };
  /** The parsed `data/reference/abstract-claims.json`. */
  transcription: unknown;
  /** The text of `deno.lock` and the running Deno's versions, for the software statement. */
  software: { lock: string; deno: { deno: string; typescript: string } };
  /** What produced the run (plan and code), for the certificate. */
  context: RunContext;
}

/** Every file's text by its path below the output folder, the number index and the checks. */
export interface RenderedReport {
  files: Record<string, string>;
  numberIndex: IndexedNumber[];
  checks: ClaimCheck[];
}

/** Renders the report. */
export function renderReport(input: ReportInput): RenderedReport {
  const stale = staleSettings(input.stats, input.plan);
  if (stale.length > 0) {
    throw new PipelineError(
      `stats.json was computed under another analysis plan (${stale.join("; ")}): ` +
        "rerun `deno task all --from statistics`",
    );
  }
  const numbers = numberSource(input.stats, input.plan);
  const tables = [
    baselineTable(numbers),
    regimenTable(numbers, input.labels),
    lineTable(numbers),
    landmarkTable(numbers),
    comparativeTable(numbers),
  ];
  const supplementary = [
    medianMethodsTable(numbers, input.labels),
    sensitivityTable(numbers, input.labels),
  ];
  const source = String((input.transcription as { source?: unknown })?.source ?? "");
  const checks = checkClaims(parseClaims(input.transcription, "abstract-claims.json"), input.stats);
  const results = resultsDocument({
    numbers,
    labels: input.labels,
    tables,
    supplementary,
    figures: input.figures,
    checks,
    software: softwareStatement(input.software.lock, input.software.deno),
  });
  const files: Record<string, string> = {};
  for (const table of [...tables, ...supplementary]) {
    files[`tables/${table.name}.md`] = tableMarkdown(table);
    files[`tables/${table.name}.csv`] = tableCsv(table);
  }
  files["results.md"] = renderMarkdown(results);
  const numberIndex = indexNumbers("results.md", results);
  files["data-quality.md"] = renderDataQuality(input.quality).markdown;
  const mode = input.plan.certificate;
  files["reproduction.md"] = certificateMarkdown(checks, source, input.context, mode);
  files["reproduction.json"] = certificateJson(checks, source, input.context, mode);
  const traced = new Set(
    checks.map((c) => c.statistic).filter((id) =>
      lookupStatistic(input.stats, id) !== undefined && definitionOf(id) !== undefined
    ),
  );
  files["report.html"] = renderHtmlReport({
    source,
    results,
    figureImages: figureImages(input.figures, input.figureFiles),
    certificate: { checks, source, context: input.context, mode, traced },
    quality: dataQualityParts(input.quality),
    summary: runSummary(input.plan, input.context, input.software),
    lineage: lineageData(
      [...numberIndex.map((n) => n.id), ...traced],
      input.stats,
      input.plan,
      input.populations,
    ),
    assets: input.page,
  });
  return { files, numberIndex, checks };
}
