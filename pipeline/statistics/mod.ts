/**
 * Statistics stage: every statistic of the results section, from the analysis datasets.
 *
 * Inputs: `outputs/analysis/{adsl,adrs,adtte}.csv` (derive stage), the analysis plan, and the
 * regimen labels in `data/vocabulary/regimen-classes.csv`.
 * Outputs: `outputs/stats.json` (every statistic under a stable id, numbers at fixed precision)
 * and Tables 1–3 in `outputs/tables/` as Markdown and CSV.
 * Decisions: survival is fitted in exact whole days (AVALDY) and shown in months; the headline
 * median CI is the plan's (`headlineCi`), with the other three methods beside it.
 *
 * @module
 */

import { csvParse } from "d3-dsv";
import { readAnalysisPlan } from "../_shared/analysis_plan.ts";
import { writeFileAtomic, writeJsonAtomic } from "../_shared/atomic_write.ts";
import { runStageProcess, type StageSpec } from "../_shared/stage.ts";
import { parseAdsl, parseAdtte, parseBestResponses } from "./adam_records.ts";
import { computeStatistics } from "./compute.ts";
import {
  baselineTable,
  lineTable,
  type RegimenLabels,
  regimenTable,
  tableCsv,
  tableMarkdown,
} from "./tables.ts";

const VOCABULARY = "data/vocabulary/regimen-classes.csv";

export const statisticsStage: StageSpec = {
  name: "statistics",
  summary: "statistics, stats.json and Tables 1-3 from the analysis datasets",
  module: "pipeline/statistics/mod.ts",
  inputs: (paths) => [
    ...["adsl", "adrs", "adtte"].map((d) => ({
      path: `${paths.out}/analysis/${d}.csv`,
      madeBy: "`deno task derive`",
    })),
    { path: paths.plan, madeBy: "the analysis plan (committed with the pipeline)" },
    { path: VOCABULARY, madeBy: "the regimen vocabulary (committed under data/vocabulary/)" },
  ],
  outputs: (paths) => [`${paths.out}/stats.json`, `${paths.out}/tables/`],
};

/** Regimen and class labels from the vocabulary's CSV text. */
export function parseRegimenLabels(text: string): RegimenLabels {
  const rows = csvParse(text);
  return {
    regimen: Object.fromEntries(rows.map((r) => [r.regimen ?? "", r.regimen_label ?? ""])),
    regimenClass: Object.fromEntries(rows.map((r) => [r.regimen_class ?? "", r.class_label ?? ""])),
  };
}

if (import.meta.main) {
  await runStageProcess(statisticsStage, async (paths) => {
    const read = (name: string) => Deno.readTextFile(`${paths.out}/analysis/${name}`);
    const adsl = parseAdsl(await read("adsl.csv"));
    const responses = parseBestResponses(await read("adrs.csv"));
    const adtte = parseAdtte(await read("adtte.csv"));
    const plan = await readAnalysisPlan(paths.plan);
    const labels = parseRegimenLabels(await Deno.readTextFile(VOCABULARY));
    const stats = computeStatistics(adsl, responses, adtte, plan);
    await writeJsonAtomic(`${paths.out}/stats.json`, stats);
    const tables = [baselineTable(stats), regimenTable(stats, labels), lineTable(stats)];
    for (const table of tables) {
      await writeFileAtomic(`${paths.out}/tables/${table.name}.md`, tableMarkdown(table));
      await writeFileAtomic(`${paths.out}/tables/${table.name}.csv`, tableCsv(table));
    }
    return {
      rowsRead: adsl.length + responses.length + adtte.length,
      rowsWritten: tables.reduce((sum, t) => sum + t.rows.length, 0),
    };
  });
}
