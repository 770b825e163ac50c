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

import { readAnalysisPlan } from "../_shared/analysis_plan.ts";
import { readRegimenLabels } from "../_shared/regimen_classes.ts";
import { writeFileAtomic, writeJsonAtomic } from "../_shared/atomic_write.ts";
import { runStageProcess } from "../_shared/stage.ts";
import { parseAdsl, parseAdtte, parseBestResponses } from "../_shared/contracts/adam_records.ts";
import { computeStatistics } from "./compute.ts";
import { baselineTable, lineTable, regimenTable, tableCsv, tableMarkdown } from "./tables.ts";
import { statisticsStage } from "./spec.ts";

if (import.meta.main) {
  await runStageProcess(statisticsStage, async (paths) => {
    const read = (name: string) => Deno.readTextFile(`${paths.out}/analysis/${name}`);
    const adsl = parseAdsl(await read("adsl.csv"));
    const responses = parseBestResponses(await read("adrs.csv"));
    const adtte = parseAdtte(await read("adtte.csv"));
    const plan = await readAnalysisPlan(paths.plan);
    const labels = await readRegimenLabels();
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
