/**
 * `deno task why ID`: where a number of the results comes from, down to the raw rows.
 *
 *     deno task why os.median                      the statistic, its definition, the code that
 *                                                  computed it, the plan options, and every record
 *                                                  and raw row behind it
 *     deno task why --find "median overall"        the printed numbers of that sentence, with ids
 *     options: --out DIR (default outputs), --plan FILE, --json
 *
 * Read-only: it reads `<out>/stats.json`, `<out>/number-index.json`, the analysis datasets and
 * the plan, and writes nothing.
 *
 * @module
 */

import { parseArgs } from "node:util";
import { readAnalysisPlan } from "../_shared/analysis_plan.ts";
import type { IndexedNumber } from "../_shared/contracts/number_index.ts";
import { definitionOf } from "../_shared/contracts/stats_ids.ts";
import { DEFAULT_PATHS } from "../_shared/run_paths.ts";
import { PipelineError } from "../_shared/stage.ts";
import { explain } from "../_shared/lineage/explain.ts";
import { scanPopulations } from "../_shared/lineage/scan_datasets.ts";
import { findNumbers, lineageText } from "./render_lineage.ts";

const USAGE = `usage: deno task why ID [--out DIR] [--plan FILE] [--json]
       deno task why --find TEXT [--out DIR]
Explains the statistic ID of stats.json (for example os.median, pfs.sunitinib.ci.spss.0,
response.by_regimen.sunitinib.orr.n) down to the raw records behind it; --find lists the printed
numbers whose sentence, table cell or caption contains TEXT, with their ids.`;

/** The most records listed; a larger population is counted and its filter named. */
export const LISTED_RECORDS = 10_000;

/** Runs the command; returns the exit status. */
export async function main(args: string[]): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      options: {
        out: { type: "string" },
        plan: { type: "string" },
        find: { type: "string" },
        json: { type: "boolean" },
        help: { type: "boolean" },
      },
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    console.error(`why: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const out = String(values.out ?? DEFAULT_PATHS.out);
  try {
    if (typeof values.find === "string") {
      const index = JSON.parse(
        await Deno.readTextFile(`${out}/number-index.json`),
      ) as IndexedNumber[];
      console.log(findNumbers(index, values.find).trimEnd());
      return 0;
    }
    if (positionals.length !== 1) {
      console.error(`why: expected one statistic id but found ${positionals.length}\n${USAGE}`);
      return 2;
    }
    const stats = JSON.parse(await Deno.readTextFile(`${out}/stats.json`));
    const plan = await readAnalysisPlan(String(values.plan ?? DEFAULT_PATHS.plan));
    const id = positionals[0]!;
    const entry = definitionOf(id);
    const wanted = entry?.definition.select === undefined ? [] : [entry];
    const lineage = explain(id, stats, plan, await scanPopulations(out, wanted, LISTED_RECORDS));
    console.log(values.json ? JSON.stringify(lineage, null, 2) : lineageText(lineage).trimEnd());
    return 0;
  } catch (error) {
    const known = error instanceof RangeError || error instanceof PipelineError ||
      error instanceof Deno.errors.NotFound || error instanceof SyntaxError;
    if (!known) throw error;
    console.error(`why: ${(error as Error).message}`);
    return error instanceof RangeError ? 1 : 2;
  }
}

if (import.meta.main) Deno.exit(await main(Deno.args));
