/**
 * Statistics stage: every statistic of the results, computed once, from the analysis datasets.
 *
 * Inputs: `outputs/analysis/{adsl,adrs,adtte}.csv` and `outputs/data-quality.json` (derive
 * stage), and the analysis plan.
 * Outputs: `outputs/stats.json` (every statistic under a stable id, numbers at fixed precision;
 * ids in `pipeline/_shared/contracts/stats_ids.ts`) and `outputs/survival-curves.json` (what the
 * Kaplan–Meier figures draw). Tables, figures and text read these and compute nothing.
 * Decisions: survival is fitted in exact whole days (AVALDY) and shown in months; every median has
 * its CI by the four methods at the plan's level; the plan's `headlineCi` picks the one printed.
 *
 * @module
 */

import { readAnalysisPlan } from "../_shared/analysis_plan.ts";
import { writeJsonAtomic } from "../_shared/atomic_write.ts";
import { readAdamRecords } from "../_shared/contracts/adam_records.ts";
import type { Quality } from "../_shared/contracts/quality.ts";
import { runStageProcess } from "../_shared/stage.ts";
import { computeStatistics } from "./compute.ts";
import { statisticsStage } from "./spec.ts";

if (import.meta.main) {
  await runStageProcess(statisticsStage, async (paths) => {
    const plan = await readAnalysisPlan(paths.plan);
    const records = await readAdamRecords(
      `${paths.out}/analysis`,
      plan.recist.confirmation ? "BOR" : "CBOR",
    );
    const quality = JSON.parse(
      await Deno.readTextFile(`${paths.out}/data-quality.json`),
    ) as Quality;
    const { stats, curves } = computeStatistics({ ...records, quality }, plan);
    const { adsl, responses, adtte } = records;
    await writeJsonAtomic(`${paths.out}/stats.json`, stats);
    await writeJsonAtomic(`${paths.out}/survival-curves.json`, curves);
    return {
      rowsRead: adsl.length + responses.length + adtte.length,
      rowsWritten: 2,
    };
  });
}
